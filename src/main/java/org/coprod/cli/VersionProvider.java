package org.coprod.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return lines();
    }

    static String[] lines() {
        return new String[] {"coprod " + Version.NUMBER, "Java " + System.getProperty("java.version")};
    }
}
