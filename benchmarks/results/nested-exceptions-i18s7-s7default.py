import os, re, sys
src, dst, holders = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(f for f in os.listdir(src) if f.endswith('.java'))
per_code, rest = [], []
for f in files:
    t = open(os.path.join(src, f)).read()
    (per_code if re.search(r'public final class \w+ extends \w+Exception', t) and 'super(SyntheticError.' in t else rest).append((f, t))
os.makedirs(dst, exist_ok=True)
names = ['SyntheticCodeExceptions%d' % i for i in range(holders)]
groups = [per_code[i::holders] for i in range(holders)]
for name, group in zip(names, groups):
    body = []
    imps = sorted(set(l for f, t in group for l in t.split('\n') if l.startswith('import ')))
    for f, t in group:
        m = re.search(r'\n/\*\*', t)
        cls = t[m.start():]
        cls = cls.replace('public final class', 'public static final class', 1)
        body.append('\n'.join('    ' + l if l else l for l in cls.split('\n')))
    open(os.path.join(dst, name + '.java'), 'w').write(
        'package bench;\n\n%s\n\npublic final class %s {\n    private %s() {\n    }\n%s\n}\n'
        % ('\n'.join(imps), name, name, '\n'.join(body)))
imports = ''.join('import bench.%s.*;\n' % n for n in names)
for f, t in rest:
    t = t.replace('package bench;\n', 'package bench;\n\n' + imports, 1)
    open(os.path.join(dst, f), 'w').write(t)
print(len(per_code), 'per-code classes into', holders, 'holders;', len(rest), 'other files')
