#!/usr/bin/env python3
"""Writes src/test/resources/dev/errata/printf-glibc.tsv: what glibc's printf prints for each case below.

PrintfTest formats every line with dev.errata.Printf and compares. The build never runs this: rerun it by hand
(Linux, glibc, a C compiler) after adding a case, from the annotations module's folder:

    python3 src/test/c/printf_cases.py

Each case is a template and its arguments as (kind, value): i int, l long, u unsigned int, ul unsigned long,
d double, ld long double, s string (None for NULL), c char, p pointer. A line of the file is the template,
the arguments (kind:value, separated by U+001F) and glibc's output, separated by tabs.
"""
import os
import subprocess
import sys
import tempfile

INT_MIN, INT_MAX = -2147483648, 2147483647
LONG_MIN, LONG_MAX = -9223372036854775808, 9223372036854775807
LONG_TEXT = "x" * 150 + "y" * 100

CASES = [
    # Strings, as MySQL writes them.
    ("%s", [("s", "abc")]),
    ("%-.192s|", [("s", LONG_TEXT)]),
    ("%-.192s|", [("s", "short")]),
    ("%.64s", [("s", LONG_TEXT)]),
    ("[%.*s]", [("i", 3), ("s", "abcdef")]),
    ("[%.*s]", [("i", -1), ("s", "abcdef")]),
    ("[%-.*s]", [("i", 2), ("s", "abcdef")]),
    ("[%*s]", [("i", 6), ("s", "ab")]),
    ("[%*s]", [("i", -6), ("s", "ab")]),
    ("[%22s]", [("s", "right")]),
    ("[%-10s]", [("s", "left")]),
    ("[%-192s]", [("s", "wide")]),
    ("[%.0s]", [("s", "gone")]),
    ("[%-.0s]", [("s", "gone")]),
    ("[%5.2s]", [("s", "abcdef")]),
    ("[%05s]", [("s", "ab")]),
    ("[%s]", [("s", None)]),
    ("[%.3s]", [("s", None)]),
    ("[%.6s]", [("s", None)]),
    ("[%10s]", [("s", None)]),
    # Signed integers.
    ("%d %i", [("i", 42), ("i", -42)]),
    ("%d %d %d", [("i", 0), ("i", INT_MIN), ("i", INT_MAX)]),
    ("[%5d] [%-5d] [%05d]", [("i", 42), ("i", 42), ("i", -42)]),
    ("[%+d] [% d] [%+05d] [%-+5d]", [("i", 7), ("i", 7), ("i", 7), ("i", 7)]),
    ("[% d] [%+d]", [("i", -7), ("i", 0)]),
    ("[%.3d] [%.0d] [%5.3d] [%-8.3d] [%08.3d]", [("i", 7), ("i", 0), ("i", -7), ("i", 7), ("i", 7)]),
    ("[%+.0d] [% .0d] [%5.0d]", [("i", 0), ("i", 0), ("i", 0)]),
    ("[%06d]", [("i", 12345678)]),
    ("%ld %lld", [("l", LONG_MIN), ("l", LONG_MAX)]),
    ("%zd %jd %td", [("l", -5), ("l", 6), ("l", -7)]),
    ("%hd %hhd", [("i", 40000), ("i", 200)]),
    ("[%*d] [%-*d] [%.*d]", [("i", 5), ("i", 1), ("i", 5), ("i", 2), ("i", 4), ("i", 3)]),
    # Unsigned integers at their widths.
    ("%u", [("i", -1)]),
    ("%u %u", [("i", 0), ("i", INT_MIN)]),
    ("%lu %llu %zu", [("l", -1), ("l", -2), ("l", 3)]),
    ("%hu %hhu", [("i", 70000), ("i", 300)]),
    ("[%+u] [% u] [%06lu]", [("i", 5), ("i", 5), ("l", 42)]),
    ("%x %X %o", [("i", 255), ("i", 255), ("i", 8)]),
    ("%x %lx %llx", [("i", -1), ("l", -1), ("l", LONG_MIN)]),
    ("[%#x] [%#X] [%#o] [%#x] [%#o]", [("i", 255), ("i", 255), ("i", 8), ("i", 0), ("i", 0)]),
    ("[%08x] [%#08x] [%.5x] [%#.0x] [%#.0o] [%.0o]", [("i", 255), ("i", 255), ("i", 255), ("i", 0), ("i", 0), ("i", 0)]),
    ("[%#.3o] [%#5o] [%-#8x]", [("i", 8), ("i", 8), ("i", 26)]),
    # Characters.
    ("[%c] [%5c] [%-5c] [%05c]", [("c", 65), ("c", 66), ("c", 67), ("c", 68)]),
    # Fixed point.
    ("%f %f %f", [("d", "0.0"), ("d", "-0.0"), ("d", "1.5")]),
    ("%.0f %.0f %.0f %.0f %.0f", [("d", "0.5"), ("d", "1.5"), ("d", "2.5"), ("d", "3.5"), ("d", "-0.5")]),
    ("%.2f %.2f %.2f %.2f", [("d", "0.125"), ("d", "0.375"), ("d", "2.675"), ("d", "-0.001")]),
    ("%f %f %f", [("d", "1e20"), ("d", "1e-5"), ("d", "123.456")]),
    ("[%10.3f] [%-10.3f] [%+f] [% f] [%010.2f] [%-010.2f]", [("d", "3.14159"), ("d", "3.14159"), ("d", "2.5"),
                                                          ("d", "2.5"), ("d", "-3.14159"), ("d", "3.14159")]),
    ("[%#.0f] [%.0f] [%#.1f]", [("d", "3.0"), ("d", "3.0"), ("d", "3.0")]),
    ("%.20f", [("d", "0.1")]),
    ("%f", [("d", "1e300")]),
    ("%.1f %.1f", [("d", "0.05"), ("d", "0.25")]),
    ("[%f] [%f] [%f] [%F] [%F]", [("d", "INFINITY"), ("d", "-INFINITY"), ("d", "NAN"), ("d", "INFINITY"), ("d", "NAN")]),
    ("[%10f] [%010f] [%-10f] [%+f] [% f]", [("d", "INFINITY"), ("d", "-INFINITY"), ("d", "NAN"), ("d", "INFINITY"),
                                          ("d", "NAN")]),
    ("%lf %Lf", [("d", "2.5"), ("ld", "2.5")]),
    # Scientific.
    ("%e %e %e", [("d", "0.0"), ("d", "1.5"), ("d", "123456789.0")]),
    ("%e %e %E", [("d", "1e-10"), ("d", "-1e100"), ("d", "6.02214076e23")]),
    ("[%.0e] [%#.0e] [%.2e] [%12.4e] [%-12.2E] [%+e]", [("d", "5.0"), ("d", "5.0"), ("d", "9.999"), ("d", "3.14159"),
                                                       ("d", "0.000123"), ("d", "1.0")]),
    ("%.3e %e", [("d", "5e-324"), ("d", "1.7976931348623157e308")]),
    ("%.0e %.0e", [("d", "2.5"), ("d", "3.5")]),
    ("[%e] [%E] [%012e]", [("d", "INFINITY"), ("d", "-INFINITY"), ("d", "1.5")]),
    # General.
    ("%g %g %g %g", [("d", "0.0"), ("d", "100000.0"), ("d", "1000000.0"), ("d", "1e-4")]),
    ("%g %g %g %g", [("d", "1e-5"), ("d", "123.456"), ("d", "0.5"), ("d", "1.0")]),
    ("%.3g %#g %.0g %G %.10g", [("d", "0.0001234"), ("d", "1.0"), ("d", "123.0"), ("d", "1e-10"), ("d", "0.1")]),
    ("[%10.4g] [%-10g] [%+g] [%010g] [%#.3g]", [("d", "3.14159"), ("d", "2.5"), ("d", "2.5"), ("d", "-2.5"),
                                              ("d", "100.0")]),
    ("%g %g %g", [("d", "999999.5"), ("d", "9.9999995"), ("d", "0.00009999995")]),
    ("%g %G", [("d", "NAN"), ("d", "-INFINITY")]),
    # Pointers.
    ("[%p] [%p] [%20p] [%-20p]", [("p", 0), ("p", 0x1234), ("p", 0x1234), ("p", 0)]),
    # Percent signs and templates as MySQL's.
    ("100%% of %d%%", [("i", 5)]),
    ("Duplicate entry '%-.192s' for key '%-.192s'", [("s", "alice"), ("s", "users.PRIMARY")]),
    ("%s: Warning Level 1 (%llu MiB): used = %.2f%%, low limit = %llu MiB",
     [("s", "mysqld"), ("l", 1024), ("d", "97.456"), ("l", 512)]),
    ("Setting file %s size to %llu MB. Progress : %u%%", [("s", "ibdata1"), ("l", 12), ("i", 50)]),
    ("Got error %d from storage engine at %p, %c, %06lu", [("i", 122), ("p", 0xdeadbeef), ("c", 120), ("l", 7)]),
]

C_TYPES = {"i": "int", "l": "long", "d": "double", "ld": "long double", "s": "const char*", "c": "int",
           "p": "void*"}


def c_literal(kind, value):
    if kind == "s":
        return "(const char*)0" if value is None else '"' + value + '"'
    if kind == "p":
        return "(void*)%dUL" % value
    if kind == "l":
        return "(long)%dLL" % value if value != LONG_MIN else "(long)(-9223372036854775807LL - 1)"
    if kind == "i":
        return "(int)%d" % value if value != INT_MIN else "(int)(-2147483647 - 1)"
    if kind == "d":
        return "(double)(%s)" % value
    if kind == "ld":
        return "(long double)(%s)" % value
    return "(int)%d" % value


def encoded(kind, value):
    if kind == "s" and value is None:
        return "S"
    return "%s:%s" % ("d" if kind == "ld" else kind, value)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "resources", "dev", "errata", "printf-glibc.tsv")
    program = ["#include <stdio.h>", "#include <math.h>", "int main(void) {",
               "#pragma GCC diagnostic ignored \"-Wformat\""]
    for template, args in CASES:
        for field in [template] + [encoded(k, v) for k, v in args]:
            assert "\t" not in field and "\n" not in field and "\x1f" not in field
        c_template = template.replace("\\", "\\\\").replace('"', '\\"')
        arguments = "".join(", " + c_literal(k, v) for k, v in args)
        program.append('  printf("%%s\\t%%s\\t", "%s", "%s");' % (
            c_template, "\\037".join(encoded(k, v) for k, v in args)))
        program.append('  printf("%s"%s);' % (c_template, arguments))
        program.append('  printf("\\n");')
    program += ["  return 0;", "}"]
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "cases.c")
        with open(source, "w") as f:
            f.write("\n".join(program) + "\n")
        binary = os.path.join(tmp, "cases")
        subprocess.check_call(["cc", "-w", "-o", binary, source, "-lm"])
        result = subprocess.check_output([binary])
    with open(out, "wb") as f:
        f.write(b"# glibc's printf output for each case of src/test/c/printf_cases.py; regenerate with that script.\n")
        f.write(result)
    print("wrote", os.path.normpath(out), file=sys.stderr)


if __name__ == "__main__":
    main()
