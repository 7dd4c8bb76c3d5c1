package io.masthead.search;

/** Whether two words differ by one typo: one letter wrong, missing, extra, or two neighbours swapped. */
final class Typos {
    private Typos() {
    }

    static boolean oneApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < x.length && prefix < y.length && x[prefix] == y[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.length - prefix && suffix < y.length - prefix
                && x[x.length - 1 - suffix] == y[y.length - 1 - suffix]) {
            suffix++;
        }
        int restX = x.length - prefix - suffix;
        int restY = y.length - prefix - suffix;
        if (restX <= 1 && restY <= 1) {
            return true;
        }
        return restX == 2 && restY == 2 && x[prefix] == y[prefix + 1] && x[prefix + 1] == y[prefix];
    }
}
