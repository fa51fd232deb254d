package dev.errata;

/**
 * The anchor of a code on its catalog's reference docs page ({@code META-INF/errata/docs/<package>/<Name>.html}
 * and {@code .md}): {@code code-} and the code, each character outside {@code [A-Za-z0-9_-]} written as
 * {@code .XXXX}, its UTF-16 unit in upper-case hex. Distinct codes never share an anchor, an anchor never
 * changes while its code does not, and it is a valid HTML {@code id} and URI fragment as it is.
 *
 * <p>The one definition: the processor writes the docs' anchors with it, and a generated renderer whose
 * problem {@code type} points at the docs ({@code wire.docsBaseUrl}) calls it at run time, so that every
 * problem type lands on an anchor the docs have.
 */
public final class DocsAnchor {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DocsAnchor() {}

    /** The anchor of {@code code}: {@code 20} gives {@code code-20}, {@code OSM.0101} {@code code-OSM.002E0101}. */
    public static String of(String code) {
        StringBuilder out = new StringBuilder(code.length() + 5).append("code-");
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                out.append(c);
            } else {
                out.append('.').append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
        return out.toString();
    }
}
