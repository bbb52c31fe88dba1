package org.coprod.cli;

/** coprod's version, written in by the build (from pom.xml) so that showing it reads no file. */
final class Version {
    static final String NUMBER = "${project.version}";

    private Version() {}
}
