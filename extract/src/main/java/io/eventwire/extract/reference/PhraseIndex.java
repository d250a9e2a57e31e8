package io.eventwire.extract.reference;

import io.eventwire.extract.text.Token;
import io.eventwire.extract.text.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie for multi-word phrases: look-ups walk the tokens of a sentence once, so matching is linear in the
 * sentence length times the longest phrase (a handful of tokens). Not thread-safe while being built; read-only after.
 */
public final class PhraseIndex<V> {

    /** A match of tokens [from, to) with every value registered for that phrase. */
    public record Match<V>(int from, int to, List<V> values) {
    }

    private static final class Node<V> {
        Map<String, Node<V>> next;
        List<V> values;
    }

    private final Node<V> root = new Node<>();

    public void add(String phrase, V value) {
        List<Token> toks = Tokenizer.tokenize(phrase);
        if (toks.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (Token t : toks) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(t.norm(), k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
        }
    }

    /** Longest phrase starting at token {@code i} (not crossing {@code to}), or null. */
    public Match<V> longestAt(List<Token> toks, int i, int to) {
        Node<V> n = root;
        Match<V> best = null;
        for (int j = i; j < to; j++) {
            if (n.next == null) {
                break;
            }
            n = n.next.get(toks.get(j).norm());
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = new Match<>(i, j + 1, n.values);
            }
        }
        return best;
    }

    /** Calls {@code sink} with (to, values) for every phrase starting at token {@code i}, shortest first. */
    public void forEachAt(List<Token> toks, int i, int to, java.util.function.BiConsumer<Integer, List<V>> sink) {
        Node<V> n = root;
        for (int j = i; j < to; j++) {
            if (n.next == null) {
                return;
            }
            n = n.next.get(toks.get(j).norm());
            if (n == null) {
                return;
            }
            if (n.values != null) {
                sink.accept(j + 1, n.values);
            }
        }
    }

    /** Non-overlapping longest matches, left to right. */
    public List<Match<V>> findAll(List<Token> toks, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = longestAt(toks, i, to);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
