package dev.errata.processor.yaml;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;

/**
 * Reads catalog bytes into a {@link YamlNode} tree within {@link YamlLimits}.
 *
 * <p>It consumes SnakeYAML Engine's event stream rather than its composer: the composer recurses once
 * per nesting level (a file nested 100,000 deep would overflow the stack) and checks duplicate keys only
 * when constructing Java objects, which Errata never does. Here the tree is built with an explicit stack,
 * depth and alias expansion are counted, and duplicate keys are reported with both positions.
 */
public final class YamlTreeReader {

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

    /** Tags that only restate what YAML 1.2 infers anyway; any other tag is refused. */
    private static final Set<String> STANDARD_TAGS = Set.of(
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

    /** Standard scalar tags under which a scalar keeps its plain meaning: {@code !!int 7} is the number 7. */
    private static final Set<String> PLAIN_SCALAR_TAGS = Set.of(
            "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null");

    private final YamlLimits limits;

    public YamlTreeReader(YamlLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads one catalog. Returns the root node, or empty after reporting why there is none; faults that
     * leave the tree usable (a duplicate key) are reported and reading goes on.
     */
    public Optional<YamlNode> read(String file, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > limits.maxBytes()) {
            diagnostics.report(Message.CATALOG_TOO_LARGE, SourcePosition.wholeFile(file), limits.maxBytes());
            return Optional.empty();
        }
        Optional<String> text = decodeUtf8(file, bytes, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setUseMarks(true)
                .setCodePointLimit(limits.maxBytes())
                .setMaxAliasesForCollections(limits.maxAliases())
                .build();
        Builder builder = new Builder(file, diagnostics);
        try {
            Optional<YamlNode> root = builder.build(new Parse(settings).parseString(text.get()).iterator());
            // A tagged value or a complex key is refused whole: binding what is left would only report its
            // consequences.
            return builder.refused ? Optional.empty() : root;
        } catch (MarkedYamlEngineException e) {
            reportSyntax(file, text.get(), e, diagnostics);
            return Optional.empty();
        } catch (ReaderException e) {
            diagnostics.report(Message.YAML_SYNTAX, positionOfCodePoint(file, text.get(), e.getPosition()),
                    String.format(Locale.ROOT, "the file holds the character U+%04X, which YAML does not allow in a"
                            + " document", e.getCodePoint()),
                    "Remove it, or write it as an escape (\\xNN) inside a double-quoted text");
            return Optional.empty();
        } catch (YamlVersionException e) {
            int line = 1;
            for (String row : text.get().split("\r\n|\r|\n", -1)) {
                if (row.startsWith("%YAML")) {
                    break;
                }
                line++;
            }
            diagnostics.report(Message.YAML_SYNTAX, new SourcePosition(file, line, 1), "the file declares a YAML version"
                    + " other than 1.x in its %YAML line", "Remove the %YAML line: catalogs are YAML 1.2");
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.report(Message.YAML_SYNTAX, new SourcePosition(file, 1, 1), String.valueOf(e.getMessage()),
                    GENERIC_FIX);
            return Optional.empty();
        } catch (LimitExceeded e) {
            diagnostics.report(e.message, e.position, e.args);
            return Optional.empty();
        }
    }

    private static final String GENERIC_FIX = "Fix the YAML here: indent with spaces, close quotes and brackets, and"
            + " quote texts that hold ': ' or ' #' or start with a special character";

    /** Reports SnakeYAML's complaint in the words of a catalog's author, at the place it concerns. */
    private static void reportSyntax(String file, String text, MarkedYamlEngineException e, Diagnostics diagnostics) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> problemMark = e.getProblemMark();
        Optional<Mark> mark = problemMark.isPresent() ? problemMark : e.getContextMark();
        SourcePosition at = mark.map(m -> position(file, m)).orElse(new SourcePosition(file, 1, 1));
        if (problem.contains("(TAB)") || context.contains("(TAB)")) {
            diagnostics.report(Message.YAML_TAB, firstTab(file, text, at));
        } else if (context.startsWith("while scanning a quoted scalar") && problem.contains("end of stream")) {
            SourcePosition start = e.getContextMark().map(m -> position(file, m)).orElse(at);
            diagnostics.report(Message.YAML_SYNTAX, start, "a quoted text starts that is never closed",
                    "Close it with the same quote it opens with");
        } else if (context.startsWith("while parsing a flow") && problem.startsWith("expected ','")
                && e.getContextMark().isPresent()) {
            boolean mapping = context.contains("mapping");
            SourcePosition open = position(file, e.getContextMark().get());
            diagnostics.report(Message.YAML_SYNTAX, at, "the " + (mapping ? "'{'" : "'['") + " opened at line " + open.line()
                    + ", column " + open.column() + " is not closed before this point",
                    "Close it with " + (mapping ? "'}'" : "']'") + ", and separate its items with ', '");
        } else if (problem.startsWith("mapping values are not allowed here")) {
            diagnostics.report(Message.YAML_SYNTAX, at, "a ': ' follows a value on the same line",
                    "Quote the text when it holds ': ' (message: 'Error: not found'), or put the key on its own line");
        } else if (problem.contains("expected <block end>")) {
            diagnostics.report(Message.YAML_SYNTAX, at, "the line is indented differently from the lines it belongs"
                    + " with", "Indent it exactly like the keys of the same mapping, with spaces");
        } else if (problem.contains("that cannot start any token")) {
            diagnostics.report(Message.YAML_SYNTAX, at, "a text starts with a character that YAML reserves ("
                    + problem.replaceAll(".*found character '?(.*?)'? that cannot start any token.*", "$1") + ")",
                    "Quote the text");
        } else {
            String what = context.isEmpty() ? problem : problem.isEmpty() ? context : context + ", " + problem;
            diagnostics.report(Message.YAML_SYNTAX, at, "YAML reports: " + what.replace('\n', ' ').trim(), GENERIC_FIX);
        }
    }

    /** The first tab on the line of {@code at}, where SnakeYAML may have stopped a little after it. */
    private static SourcePosition firstTab(String file, String text, SourcePosition at) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (line == at.line() && c == '\t') {
                return new SourcePosition(file, line, column);
            }
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                if (line == at.line()) {
                    break;
                }
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return at;
    }

    /** Line and column (both 1-based, columns in code points) of the code point at {@code index}. */
    static SourcePosition positionOfCodePoint(String file, String text, int index) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < index; seen++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    private static Optional<String> decodeUtf8(String file, byte[] bytes, Diagnostics diagnostics) {
        SourcePosition start = new SourcePosition(file, 1, 1);
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            diagnostics.report(Message.NOT_UTF8, start, "it starts with a UTF-32 byte-order mark, so it is UTF-32");
            return Optional.empty();
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            diagnostics.report(Message.NOT_UTF8, start, "it starts with a UTF-16 byte-order mark, so it is UTF-16");
            return Optional.empty();
        }
        // A UTF-8 byte-order mark is accepted and skipped, as editors on Windows write one.
        int from = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = out.flip().toString();
            int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                char c = before.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= before.length() || before.charAt(i + 1) != '\n'))) {
                    line++;
                }
            }
            int column = before.codePointCount(lineStart, before.length()) + 1;
            diagnostics.report(Message.NOT_UTF8, new SourcePosition(file, line, column),
                    String.format(Locale.ROOT, "the byte 0x%02X here is not valid UTF-8 (Latin-1 or Windows-1252 text?)",
                            offset < bytes.length ? bytes[offset] & 0xFF : 0));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static SourcePosition position(String file, Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Thrown inside the builder when a limit is hit: the rest of the file is not worth reading. */
    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Message message;
        final transient SourcePosition position;
        final transient Object[] args;

        LimitExceeded(Message message, SourcePosition position, Object... args) {
            super(message.tag(), null, false, false);
            this.message = message;
            this.position = position;
            this.args = args;
        }
    }

    /** Builds the tree from events with an explicit stack (no recursion). */
    private final class Builder {
        private final String file;
        private final Diagnostics diagnostics;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        /**
         * Expanded size of each finished collection that has an anchor (only those can be aliased), by identity
         * (records hash deeply, and aliases share nodes).
         */
        private final Map<YamlNode, Integer> sizes = new IdentityHashMap<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private long nodes;
        private int aliases;
        /** How many of the open collections carry a refused tag: tags inside them are not reported again. */
        private int openRefused;
        /** Whether a refused tag or key was reported; the tree is then not handed on. */
        boolean refused;

        Builder(String file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        /**
         * A mapping or list being filled; a mapping alternates key and value. A mapping has entries and keys, a
         * list items: one per entry of a catalog, so it holds only what its kind needs.
         */
        private final class Open {
            final boolean mapping;
            final SourcePosition position;
            final Optional<String> anchor;
            final List<YamlNode.Entry> entries;
            final List<YamlNode> items;
            final Map<String, YamlNode.Scalar> keys;
            boolean refused;
            YamlNode.Scalar pendingKey;
            boolean skipValue;
            int size = 1;

            Open(boolean mapping, SourcePosition position, Optional<String> anchor) {
                this.mapping = mapping;
                this.position = position;
                this.anchor = anchor;
                this.entries = mapping ? new ArrayList<>() : List.of();
                this.items = mapping ? List.of() : new ArrayList<>();
                this.keys = mapping ? new HashMap<>() : Map.of();
            }
        }

        Optional<YamlNode> build(Iterator<Event> events) {
            YamlNode root = null;
            int documents = 0;
            while (events.hasNext()) {
                Event event = events.next();
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > 1) {
                            diagnostics.report(Message.YAML_MULTIPLE_DOCUMENTS, at(event));
                            return Optional.empty();
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        CollectionStartEvent start = (CollectionStartEvent) event;
                        SourcePosition at = at(event);
                        boolean refused = refuseTag(start.getTag(), at);
                        if (open.size() >= limits.maxDepth()) {
                            throw new LimitExceeded(Message.YAML_TOO_DEEP, at, limits.maxDepth());
                        }
                        count(1, at);
                        Open opened = new Open(event.getEventId() == Event.ID.MappingStart, at, anchorOf(start));
                        opened.refused = refused;
                        if (refused) {
                            openRefused++;
                        }
                        open.push(opened);
                    }
                    case MappingEnd, SequenceEnd -> {
                        Open done = open.pop();
                        if (done.refused) {
                            openRefused--;
                        }
                        YamlNode node = done.mapping
                                ? new YamlNode.Mapping(List.copyOf(done.entries), done.position)
                                : new YamlNode.Sequence(List.copyOf(done.items), done.position);
                        if (done.anchor.isPresent()) {
                            sizes.put(node, done.size);
                            anchors.put(done.anchor.get(), node);
                        }
                        root = add(node, done.size, root, node.position());
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        SourcePosition at = at(event);
                        refuseTag(scalar.getTag(), at);
                        count(1, at);
                        boolean plain = scalar.getTag().isEmpty() ? scalar.isPlain()
                                : PLAIN_SCALAR_TAGS.contains(scalar.getTag().get());
                        YamlNode node = new YamlNode.Scalar(scalar.getValue(), plain, at);
                        Optional<String> anchor = anchorOf(scalar);
                        if (anchor.isPresent()) {
                            anchors.put(anchor.get(), node);
                        }
                        root = add(node, 1, root, node.position());
                    }
                    case Alias -> {
                        AliasEvent alias = (AliasEvent) event;
                        String name = alias.getAlias().getValue();
                        YamlNode target = anchors.get(name);
                        if (target == null) {
                            diagnostics.report(Message.YAML_UNDEFINED_ALIAS, at(event), name, name);
                            return Optional.empty();
                        }
                        if (++aliases > limits.maxAliases()) {
                            throw new LimitExceeded(Message.YAML_TOO_MANY_ALIASES, at(event), limits.maxAliases());
                        }
                        int size = sizes.getOrDefault(target, 1);
                        count(size, at(event));
                        // A scalar is read again where it is used, so diagnostics about it point there; a
                        // collection keeps its anchor's position (copying it would cost its expanded size).
                        YamlNode used = target instanceof YamlNode.Scalar scalar
                                ? new YamlNode.Scalar(scalar.value(), scalar.plain(), at(event)) : target;
                        root = add(used, size, root, at(event));
                    }
                    default -> {
                        // StreamStart, StreamEnd, DocumentEnd and comments carry nothing for a catalog.
                    }
                }
            }
            if (root == null) {
                diagnostics.report(Message.YAML_EMPTY, new SourcePosition(file, 1, 1));
                return Optional.empty();
            }
            return Optional.of(root);
        }

        /** Adds a finished node to the innermost open collection, or makes it the root. */
        private YamlNode add(YamlNode node, int size, YamlNode root, SourcePosition at) {
            Open parent = open.peek();
            if (parent == null) {
                return node;
            }
            parent.size += size;
            if (!parent.mapping) {
                parent.items.add(node);
            } else if (parent.pendingKey == null && !parent.skipValue) {
                if (!(node instanceof YamlNode.Scalar key)) {
                    diagnostics.report(Message.WRONG_TYPE, at, "A mapping key", "a text", node.kind(),
                            "Write keys as plain words");
                    parent.skipValue = true;
                    refused = true;
                    return root;
                }
                YamlNode.Scalar earlier = parent.keys.putIfAbsent(key.value(), key);
                if (earlier != null) {
                    diagnostics.report(Message.DUPLICATE_KEY, key.position(), key.value(), earlier.position().line());
                    parent.skipValue = true;
                } else {
                    parent.pendingKey = key;
                }
            } else {
                if (parent.pendingKey != null) {
                    parent.entries.add(new YamlNode.Entry(parent.pendingKey, node));
                }
                parent.pendingKey = null;
                parent.skipValue = false;
            }
            return root;
        }

        private void count(int added, SourcePosition at) {
            nodes += added;
            if (nodes > limits.maxNodes()) {
                throw new LimitExceeded(Message.YAML_TOO_MANY_NODES, at, limits.maxNodes());
            }
        }

        /** Reports a tag that is neither {@code !} nor a standard one, unless it sits inside one reported already. */
        private boolean refuseTag(Optional<String> tag, SourcePosition at) {
            if (tag.isEmpty() || tag.get().equals("!") || STANDARD_TAGS.contains(tag.get())) {
                return false;
            }
            if (openRefused == 0) {
                String written = tag.get().startsWith(YAML_TAG_PREFIX)
                        ? "!!" + tag.get().substring(YAML_TAG_PREFIX.length()) : tag.get();
                diagnostics.report(Message.YAML_TAG_NOT_ALLOWED, at, written);
            }
            refused = true;
            return true;
        }

        private Optional<String> anchorOf(NodeEvent event) {
            return event.getAnchor().isPresent() ? Optional.of(event.getAnchor().get().getValue()) : Optional.empty();
        }

        private SourcePosition at(Event event) {
            Optional<Mark> mark = event.getStartMark();
            return mark.isPresent() ? position(file, mark.get()) : SourcePosition.wholeFile(file);
        }
    }
}
