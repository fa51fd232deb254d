package dev.errata.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the class files of an in-memory compilation, so tests can run the generated code. */
public final class CompiledClasses extends ClassLoader {

    private final Map<String, byte[]> classes = new HashMap<>();
    private final String packageName;

    public CompiledClasses(Compilation compilation, String packageName) {
        super(CompiledClasses.class.getClassLoader());
        this.packageName = packageName;
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String binaryName = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(binaryName, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** A generated type by simple (or nested binary, {@code MailError$Category}) name. */
    public Class<?> type(String simpleName) {
        try {
            return loadClass(packageName + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + simpleName, e);
        }
    }

    /** Whether a type of this simple name was generated (and compiled). */
    public boolean generated(String simpleName) {
        try {
            loadClass(packageName + "." + simpleName);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Calls a public static method, unwrapping what it throws. */
    public Object callStatic(String simpleName, String method, Object... args) {
        return invoke(type(simpleName), null, method, args);
    }

    /** Calls a public instance method. */
    public static Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object... args) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length && accepts(method, args)) {
                try {
                    method.setAccessible(true);
                    return method.invoke(target, args);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                } catch (InvocationTargetException e) {
                    throw new AssertionError("generated code threw", e.getCause());
                }
            }
        }
        throw new AssertionError("no method " + name + " taking " + args.length + " matching arguments on " + type);
    }

    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> wanted = types[i].isPrimitive() ? boxed(types[i]) : types[i];
            if (args[i] == null ? types[i].isPrimitive() : !wanted.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        }
        if (primitive == boolean.class) {
            return Boolean.class;
        }
        if (primitive == long.class) {
            return Long.class;
        }
        return Double.class;
    }
}
