package io.eventwire.extract.normalize;

import io.eventwire.extract.model.Count;
import io.eventwire.extract.model.Qualifier;
import io.eventwire.extract.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds counts of people in tokens: digits with separators ("1,200"), number words ("eight", "twenty-three",
 * "a dozen", "a hundred"), vague words ("dozens", "several"), a single person ("a 62-year-old woman" = 1), and the
 * qualifier in front (at least, more than, over, about, nearly, up to ...). Ages, years, clock times, money and
 * measurements are not counts.
 */
public final class NumberParser {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1000, "million", 1_000_000);
    private static final Set<String> VAGUE = Set.of("dozens", "several", "scores", "hundreds", "thousands",
            "numerous", "tens", "multiple");
    private static final Set<String> NOT_PEOPLE_AFTER = Set.of("%", "percent", "per", "km", "kilometres",
            "kilometers", "miles", "metres", "meters", "kg", "tonnes", "tons", "billion", "a.m", "am", "pm", "p.m",
            ":", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
            "times", "strikes", "drones", "missiles", "rockets", "shells", "euros", "dollars", "pounds", "votes",
            "licences", "licenses", "sq", "th", "st", "nd", "rd", "countries", "regions", "vehicles", "tanks",
            "seats", "goals", "minute", "degrees", "storey", "story", "floors", "stages");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private NumberParser() {
    }

    /**
     * All counts in tokens [from, to).
     *
     * @param isPerson   true for singular person nouns (woman, man, child ...)
     * @param isSubCue   true for tokens that start a sub-count ("including", "among")
     */
    public static List<NumberSpan> findAll(List<Token> t, int from, int to, Predicate<String> isPerson,
                                           Predicate<String> isSubCue) {
        List<NumberSpan> out = new ArrayList<>();
        int i = from;
        boolean inParens = false;
        int[] end = new int[1]; // one out-parameter for the whole walk: this runs for every token of every sentence
        while (i < to) {
            Token tok = t.get(i);
            if (tok.is("(")) {
                inParens = true;
            } else if (tok.is(")")) {
                inParens = false;
            }
            end[0] = 0;
            Count c = parseAt(t, i, to, end, isPerson);
            if (c == null) {
                i++;
                continue;
            }
            int qFrom = i;
            Qualifier q = Qualifier.EXACT;
            int[] qs = new int[1];
            Qualifier found = qualifierBefore(t, i, from, qs);
            if (found != null) {
                q = found;
                qFrom = qs[0];
            }
            if (c.value() != null) {
                if (q == Qualifier.EXACT && c.qualifier() != Qualifier.EXACT) {
                    q = c.qualifier();
                }
                c = Count.of(c.value(), q);
            }
            boolean sub = inParens || subCueBefore(t, qFrom, from, isSubCue) || partitiveAfter(t, qFrom, end[0], from, to);
            out.add(new NumberSpan(qFrom, end[0], c, sub));
            i = Math.max(end[0], i + 1);
        }
        return out;
    }

    /**
     * "Eight people, two of them children, were killed", "12 wounded -- three of whom critically": an apposition
     * that picks part of a group told just before is a sub-count.
     */
    private static boolean partitiveAfter(List<Token> t, int numFrom, int numTo, int from, int to) {
        if (numTo + 1 >= to || !t.get(numTo).is("of")) {
            return false;
        }
        String w = t.get(numTo + 1).norm();
        if (!(w.equals("them") || w.equals("whom") || w.equals("those"))) {
            return false;
        }
        if (numFrom - 1 < from) {
            return false;
        }
        String p = t.get(numFrom - 1).norm();
        return p.equals(",") || p.equals("--") || p.equals("(") || p.equals("-") || p.equals("—");
    }

    private static boolean subCueBefore(List<Token> t, int i, int from, Predicate<String> isSubCue) {
        if (i - 2 == from && t.get(from).is("of") && t.get(from + 1).is("the")) {
            return true; // "Of the 40 wounded, ...": refers back to a figure already told
        }
        for (int k = i - 1; k >= Math.max(from, i - 3); k--) {
            String n = t.get(k).norm();
            if (isSubCue.test(n) || n.equals("among")) {
                return true; // "among them a child", "among whom three children"
            }
            if (n.equals("of") && k - 1 >= from && t.get(k - 1).is("some")) {
                return true; // "some of the 132"
            }
            if (!(n.equals("them") || n.equals("among") || n.equals("the") || n.equals("of") || n.equals(",")
                    || n.equals("--") || n.equals("whom") || n.equals("one"))) {
                return false;
            }
        }
        return false;
    }

    static Qualifier qualifierBefore(List<Token> t, int i, int from, int[] start) {
        String p1 = i - 1 >= from ? t.get(i - 1).norm() : "";
        String p2 = i - 2 >= from ? t.get(i - 2).norm() : "";
        String p3 = i - 3 >= from ? t.get(i - 3).norm() : "";
        if (p2.equals("at") && p1.equals("least")) {
            start[0] = i - 2;
            return Qualifier.AT_LEAST;
        }
        if ((p2.equals("no") && (p1.equals("fewer") || p1.equals("less"))) && t.size() > i) {
            start[0] = i - 2;
            return p3.equals("than") ? Qualifier.AT_LEAST : null;
        }
        if ((p3.equals("no") && (p2.equals("fewer") || p2.equals("less")) && p1.equals("than"))) {
            start[0] = i - 3;
            return Qualifier.AT_LEAST;
        }
        if (p3.equals("no") && p2.equals("more") && p1.equals("than")) {
            start[0] = i - 3;
            return Qualifier.AT_MOST;
        }
        if (p2.equals("more") && p1.equals("than") || p2.equals("upwards") && p1.equals("of")
                || p2.equals("excess") && p1.equals("of")) {
            start[0] = i - 2;
            return Qualifier.MORE_THAN;
        }
        if (p1.equals("over")) {
            start[0] = i - 1;
            return Qualifier.MORE_THAN;
        }
        if (p2.equals("up") && p1.equals("to") || p2.equals("at") && p1.equals("most")) {
            start[0] = i - 2;
            return Qualifier.AT_MOST;
        }
        if (p3.equals("as") && p2.equals("many") && p1.equals("as")) {
            start[0] = i - 3;
            return Qualifier.AT_MOST;
        }
        if (p2.equals("close") && p1.equals("to")) {
            start[0] = i - 2;
            return Qualifier.ABOUT;
        }
        if (p1.equals("about") || p1.equals("around") || p1.equals("nearly") || p1.equals("almost")
                || p1.equals("some") || p1.equals("approximately") || p1.equals("roughly") || p1.equals("approx")
                || p1.equals("estimated") || p1.equals("circa") || p1.equals("nearing")) {
            start[0] = i - 1;
            if (p1.equals("estimated") && (p2.equals("an") || p2.equals("some"))) {
                start[0] = i - 2;
            }
            return Qualifier.ABOUT;
        }
        return null;
    }

    /** Parses a count starting exactly at token i; sets end[0] to the token after it. */
    private static final Set<String> STARTERS = Set.of("a", "an", "his", "her", "one", "dozen");

    public static Count parseAt(List<Token> t, int i, int to, int[] end, Predicate<String> isPerson) {
        Token tok = t.get(i);
        String n = tok.norm();
        if (!tok.isNumber() && !STARTERS.contains(n) && !UNITS.containsKey(n) && !TENS.containsKey(n)
                && !VAGUE.contains(n)) {
            return null;
        }
        // one person: "a 62-year-old woman", "a man", "his wife", "a 9-year-old"
        if (n.equals("a") || n.equals("an") || n.equals("his") || n.equals("her") || n.equals("one")) {
            int j = i + 1;
            boolean age = false;
            if (j + 4 < to + 1 && j < to && t.get(j).isNumber() && j + 4 <= to && isAge(t, j, to)) {
                j += 5;
                age = true;
            }
            int k = j;
            while (k < to && k < j + 2 && (t.get(k).is("elderly") || t.get(k).is("young") || t.get(k).is("local")
                    || t.get(k).is("pregnant") || t.get(k).is("old"))) {
                k++;
            }
            if (k < to && isPerson.test(t.get(k).norm())) {
                end[0] = k + 1;
                return Count.exact(1);
            }
            if (age && (k >= to || !t.get(k).isWord() || t.get(k).is("was") || t.get(k).is("and"))) {
                end[0] = j;
                return Count.exact(1);
            }
            if ((n.equals("a") || n.equals("an")) && j < to && !age) {
                // "a dozen", "a hundred", "a few"
                String m = t.get(j).norm();
                if (m.equals("dozen")) {
                    end[0] = j + 1;
                    return Count.of(12, Qualifier.ABOUT);
                }
                if (m.equals("hundred") || m.equals("thousand")) {
                    end[0] = j + 1;
                    return Count.exact(SCALES.get(m));
                }
                if (m.equals("few")) {
                    end[0] = j + 1;
                    return Count.vague("a few");
                }
            }
            if (!n.equals("one")) {
                return null;
            }
            if (j < to && SCALES.containsKey(t.get(j).norm())) {
                int[] e = new int[1];
                Integer v = words(t, i, to, e); // "one hundred and three prisoners"
                if (v != null) {
                    end[0] = e[0];
                    return Count.exact(v);
                }
            }
            if (j + 2 < to && t.get(j).is("of") && t.get(j + 1).is("the") && superlative(t.get(j + 2).norm())) {
                return null; // "one of the biggest death tolls", "one of the worst attacks": no head count
            }
            if (!(j < to && (isPerson.test(t.get(j).norm()) || t.get(j).is("of") || t.get(j).is("people")
                    || t.get(j).is("other") || t.get(j).is("more")))) {
                return null;
            }
        }
        if (VAGUE.contains(n)) {
            int j = i + 1;
            // "tens of thousands", "hundreds of thousands"
            if (j + 1 < to && t.get(j).is("of") && (t.get(j + 1).is("thousands") || t.get(j + 1).is("millions"))) {
                end[0] = j + 2;
                return Count.vague(n + " of " + t.get(j + 1).norm());
            }
            if (n.equals("tens")) {
                return null;
            }
            end[0] = j;
            return Count.vague(n);
        }
        if (n.equals("dozen")) {
            end[0] = i + 1;
            return Count.of(12, Qualifier.ABOUT);
        }
        Integer value = null;
        int j = i;
        if (tok.isNumber()) {
            String digits = n.replace(",", "");
            if (digits.indexOf('.') >= 0) {
                return null; // decimals are not head counts
            }
            if (digits.length() > 9) {
                return null;
            }
            value = Integer.parseInt(digits);
            j = i + 1;
            if (j < to && SCALES.containsKey(t.get(j).norm()) && !t.get(j).is("hundred")) {
                value = value * SCALES.get(t.get(j).norm());
                j++;
            }
            if (digits.length() == 4 && value >= 1900 && value <= 2100) {
                return null; // a year
            }
            if (isAppositiveAge(t, i, j, to)) {
                return null; // "Larysa, 64, who ...", "aged 64"
            }
            if (i - 1 >= 0 && (t.get(i - 1).is("$") || t.get(i - 1).is("€") || t.get(i - 1).is("£")
                    || t.get(i - 1).is("#") || MONTHS.contains(t.get(i - 1).norm()) || t.get(i - 1).is("no")
                    || t.get(i - 1).is("/") || t.get(i - 1).is("."))) {
                return null;
            }
        } else {
            int[] e = new int[1];
            value = words(t, i, to, e);
            if (value == null) {
                return null;
            }
            j = e[0];
        }
        if (j < to) {
            Token next = t.get(j);
            if (next.is("-")) {
                if (isAge(t, i, to)) {
                    return null;
                }
                return null; // 2,000-pound, 18-hour, 4-2
            }
            if (NOT_PEOPLE_AFTER.contains(next.norm()) || MONTHS.contains(next.norm()) || next.is("/")) {
                return null;
            }
            if (next.is(".") && j + 1 < to && t.get(j + 1).isNumber()) {
                return null;
            }
            if ((next.is("a") || next.is("p")) && j + 2 < to && t.get(j + 1).is(".") && t.get(j + 2).is("m")) {
                return null; // 9 a.m.
            }
        }
        end[0] = j;
        return Count.exact(value);
    }

    /**
     * An age next to a name: "Larysa, 64, said ...", "Omar Haddad, 31, who ...", "aged 64". A bare number between
     * commas after a capitalised word is a person's age in news style, not a head count.
     */
    private static boolean isAppositiveAge(List<Token> t, int i, int j, int to) {
        if (i - 1 >= 0 && (t.get(i - 1).is("aged") || t.get(i - 1).is("age"))) {
            return true;
        }
        if (i - 2 < 0 || !t.get(i - 1).is(",") || j >= to || !(t.get(j).is(",") || t.get(j).is(")"))) {
            return false;
        }
        Token name = t.get(i - 2);
        return name.isWord() && name.capitalized() && j - i == 1 && t.get(i).norm().length() <= 3;
    }

    private static boolean superlative(String w) {
        return w.endsWith("est") && w.length() > 4 || w.equals("most") || w.equals("worst") || w.equals("first")
                || w.equals("last") || w.equals("best") || w.equals("few") || w.equals("many");
    }

    private static boolean isAge(List<Token> t, int j, int to) {
        return j + 4 < to + 1 && j + 3 < to && t.get(j + 1).is("-") && (t.get(j + 2).is("year")
                || t.get(j + 2).is("years")) && t.get(j + 3).is("-") && j + 4 < to && t.get(j + 4).is("old");
    }

    /** Number words: "eight", "twenty-three", "two hundred", "one hundred and twenty". */
    static Integer words(List<Token> t, int i, int to, int[] end) {
        int total = 0;
        int current = 0;
        boolean any = false;
        int j = i;
        while (j < to) {
            String n = t.get(j).norm();
            if (UNITS.containsKey(n)) {
                current += UNITS.get(n);
                any = true;
                j++;
            } else if (TENS.containsKey(n)) {
                current += TENS.get(n);
                any = true;
                j++;
                if (j + 1 < to && t.get(j).is("-") && UNITS.containsKey(t.get(j + 1).norm())) {
                    current += UNITS.get(t.get(j + 1).norm());
                    j += 2;
                }
            } else if (any && SCALES.containsKey(n)) {
                int s = SCALES.get(n);
                if (s == 100) {
                    current *= 100;
                } else {
                    total += current * s;
                    current = 0;
                }
                j++;
            } else if (any && n.equals("and") && j + 1 < to && (UNITS.containsKey(t.get(j + 1).norm())
                    || TENS.containsKey(t.get(j + 1).norm())) && current >= 100) {
                j++;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        end[0] = j;
        return total + current;
    }
}
