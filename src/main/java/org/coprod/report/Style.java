package org.coprod.report;

import java.util.Map;

/**
 * How terminal text may be drawn: its width, whether Unicode bars and ticks can be shown, and whether colour may be
 * used (only on a colour terminal and never when NO_COLOR is set).
 */
public record Style(int width, boolean unicode, boolean colour) {
    public static final int DEFAULT_WIDTH = 80;
    public static final int MIN_WIDTH = 40;
    public static final int MAX_WIDTH = 120;

    public static Style plain(int width) {
        return new Style(clamp(width), true, false);
    }

    /** Chooses width, character set and colour from the environment, for output that may go to a terminal. */
    public static Style detect(Map<String, String> env, boolean toTerminal, Integer requestedWidth) {
        int width = requestedWidth != null ? requestedWidth : widthFrom(env);
        boolean unicode = !"ascii".equalsIgnoreCase(env.getOrDefault("COPROD_CHARSET", "")) && unicodeLocale(env);
        boolean colour = toTerminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.getOrDefault("TERM", "dumb"));
        return new Style(clamp(width), unicode, colour);
    }

    private static int widthFrom(Map<String, String> env) {
        try {
            return Integer.parseInt(
                    env.getOrDefault("COLUMNS", String.valueOf(DEFAULT_WIDTH)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    private static boolean unicodeLocale(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.getOrDefault(name, "");
            if (!value.isEmpty()) {
                return value.toUpperCase(java.util.Locale.ROOT).replace("-", "").contains("UTF8");
            }
        }
        return true;
    }

    private static int clamp(int width) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
    }
}
