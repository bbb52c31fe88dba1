package org.coprod.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return lines();
    }

    static String[] lines() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getClassLoader().getResourceAsStream("coprod-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            // as when the file is missing: the version is then shown as unknown
        }
        return new String[] {"coprod " + properties.getProperty("version", "(version unknown)"),
            "Java " + System.getProperty("java.version")};
    }
}
