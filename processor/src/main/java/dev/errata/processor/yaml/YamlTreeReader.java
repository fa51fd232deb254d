package dev.errata.processor.yaml;

import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads catalog bytes into a {@link YamlNode} tree within {@link YamlLimits}.
 *
 * <p>It consumes SnakeYAML Engine's event stream rather than its composer: the composer recurses once
 * per nesting level (a file nested 100,000 deep would overflow the stack) and checks duplicate keys only
 * when constructing Java objects, which Errata never does. Here the tree is built with an explicit stack,
 * depth and alias expansion are counted, and duplicate keys are reported with both positions.
 */
public final class YamlTreeReader {

    /** Tags that only restate what YAML 1.2 infers anyway; any other tag is refused. */
    private static final Set<String> STANDARD_TAGS = Set.of(
            "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool",
            "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq");

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
        try {
            return new Builder(file, diagnostics).build(new Parse(settings).parseString(text.get()).iterator());
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            SourcePosition at = mark == null ? SourcePosition.wholeFile(file) : position(file, mark);
            diagnostics.report(Message.YAML_SYNTAX, at, describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            diagnostics.report(Message.YAML_SYNTAX, SourcePosition.wholeFile(file), String.valueOf(e.getMessage()));
            return Optional.empty();
        } catch (LimitExceeded e) {
            diagnostics.report(e.message, e.position, e.args);
            return Optional.empty();
        }
    }

    private static Optional<String> decodeUtf8(String file, byte[] bytes, Diagnostics diagnostics) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer chars = decoder.decode(in);
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes, start);
            diagnostics.report(Message.NOT_UTF8, lineAndColumnOfByte(file, bytes, offset), offset);
            return Optional.empty();
        }
    }

    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static SourcePosition lineAndColumnOfByte(String file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, offset - lineStart + 1);
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        String text = context.isEmpty() ? problem : problem.isEmpty() ? context : context + ", " + problem;
        return text.replace('\n', ' ').trim();
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
        private final Map<YamlNode, Integer> sizes = new HashMap<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private long nodes;
        private int aliases;

        Builder(String file, Diagnostics diagnostics) {
            this.file = file;
            this.diagnostics = diagnostics;
        }

        /** A mapping or list being filled; a mapping alternates key and value. */
        private final class Open {
            final boolean mapping;
            final SourcePosition position;
            final Optional<String> anchor;
            final List<YamlNode.Entry> entries = new ArrayList<>();
            final List<YamlNode> items = new ArrayList<>();
            final Map<String, YamlNode.Scalar> keys = new HashMap<>();
            YamlNode.Scalar pendingKey;
            boolean skipValue;
            int size = 1;

            Open(boolean mapping, SourcePosition position, Optional<String> anchor) {
                this.mapping = mapping;
                this.position = position;
                this.anchor = anchor;
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
                        checkTag(start.getTag(), at(event));
                        if (open.size() >= limits.maxDepth()) {
                            throw new LimitExceeded(Message.YAML_TOO_DEEP, at(event), limits.maxDepth());
                        }
                        count(1, at(event));
                        open.push(new Open(event.getEventId() == Event.ID.MappingStart, at(event), anchorOf(start)));
                    }
                    case MappingEnd, SequenceEnd -> {
                        Open done = open.pop();
                        YamlNode node = done.mapping
                                ? new YamlNode.Mapping(List.copyOf(done.entries), done.position)
                                : new YamlNode.Sequence(List.copyOf(done.items), done.position);
                        sizes.put(node, done.size);
                        done.anchor.ifPresent(name -> anchors.put(name, node));
                        root = add(node, done.size, root);
                    }
                    case Scalar -> {
                        ScalarEvent scalar = (ScalarEvent) event;
                        checkTag(scalar.getTag(), at(event));
                        count(1, at(event));
                        YamlNode node = new YamlNode.Scalar(scalar.getValue(), scalar.isPlain() && scalar.getTag().isEmpty(), at(event));
                        anchorOf(scalar).ifPresent(name -> anchors.put(name, node));
                        root = add(node, 1, root);
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
                            throw new LimitExceeded(Message.YAML_TOO_MANY_ALIASES, at(event), limits.maxAliases(), limits.maxNodes());
                        }
                        int size = sizes.getOrDefault(target, 1);
                        count(size, at(event));
                        root = add(target, size, root);
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
        private YamlNode add(YamlNode node, int size, YamlNode root) {
            Open parent = open.peek();
            if (parent == null) {
                return node;
            }
            parent.size += size;
            if (!parent.mapping) {
                parent.items.add(node);
            } else if (parent.pendingKey == null && !parent.skipValue) {
                if (!(node instanceof YamlNode.Scalar key)) {
                    diagnostics.report(Message.WRONG_TYPE, node.position(), "a mapping key", "a text", node.kind(),
                            "Write keys as plain words");
                    parent.skipValue = true;
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
                throw new LimitExceeded(Message.YAML_TOO_MANY_ALIASES, at, limits.maxAliases(), limits.maxNodes());
            }
        }

        private void checkTag(Optional<String> tag, SourcePosition at) {
            if (tag.isPresent() && !tag.get().equals("!") && !STANDARD_TAGS.contains(tag.get())) {
                diagnostics.report(Message.YAML_TAG_NOT_ALLOWED, at, tag.get());
            }
        }

        private Optional<String> anchorOf(NodeEvent event) {
            return event.getAnchor().map(a -> a.getValue());
        }

        private SourcePosition at(Event event) {
            return event.getStartMark().map(m -> position(file, m)).orElse(SourcePosition.wholeFile(file));
        }
    }
}
