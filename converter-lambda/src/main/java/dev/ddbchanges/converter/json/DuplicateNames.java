package dev.ddbchanges.converter.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Fails on an object that names a field twice, as Jackson's STRICT_DUPLICATE_DETECTION does, but keeps the names of
 * each nesting level in lists it reuses from document to document instead of a new hash set per object. Skipping goes
 * through {@link #nextToken()} too, so no object escapes the check. Not thread-safe.
 */
public final class DuplicateNames extends JsonParserDelegate {

    private final List<Names> levels = new ArrayList<>();
    private int depth = -1;

    public DuplicateNames() {
        super(null);
    }

    /** Checks {@code parser}, which must be at the start of its document, from now on; returns this. */
    public DuplicateNames check(JsonParser parser) {
        delegate = parser;
        depth = -1;
        return this;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.FIELD_NAME) {
            if (!levels.get(depth).add(delegate.currentName())) {
                // No name in the message: it may be item data. The caller reports where, from the reference parser.
                throw _constructError("a field is named twice in one object");
            }
        } else if (token == JsonToken.START_OBJECT) {
            depth++;
            if (depth == levels.size()) {
                levels.add(new Names());
            }
            levels.get(depth).clear();
        } else if (token == JsonToken.END_OBJECT) {
            depth--;
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while ((token = nextToken()) != null) {
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd() && --open == 0) {
                break;
            }
        }
        return this;
    }

    /** The names of one object: a short list searched in order, then a hash set once an item has many attributes. */
    private static final class Names {
        private static final int LIST_LIMIT = 8;

        private final String[] list = new String[LIST_LIMIT];
        private int count;
        private final HashSet<String> set = new HashSet<>();

        void clear() {
            if (count > LIST_LIMIT) {
                set.clear();
            }
            count = 0;
        }

        /** False when the object already has this name. */
        boolean add(String name) {
            if (count < LIST_LIMIT) {
                for (int i = 0; i < count; i++) {
                    if (list[i].equals(name)) {
                        return false;
                    }
                }
                list[count++] = name;
                return true;
            }
            if (count == LIST_LIMIT) {
                for (String listed : list) {
                    set.add(listed);
                }
                count++;
            }
            return set.add(name);
        }
    }
}
