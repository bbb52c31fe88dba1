#!/usr/bin/env bash
# Makes a coprod runtime image: coprod with its own cut-down Java, for a machine that has no Java at all. The image is
# for the operating system and processor it is built on (a Windows image must be built on Windows, under Git Bash).
#
#   mvn package && src/dist/runtime-image.sh
#
# Needs a JDK 17 or newer (JAVA_HOME, or jlink on the PATH) and target/coprod.jar. Makes target/coprod-VERSION-OS-ARCH/
# (bin/coprod, or bin\coprod.cmd on Windows, with Java's own files; lib/coprod.jar; the questionnaires, the examples,
# the man page, the completion script, README.md and LICENSE, as the release archive has) and beside it a .tar.gz of it (a .zip on Windows); says their sizes,
# then prints the archive's path.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
jar=target/coprod.jar
[[ -f $jar ]] || { echo "runtime-image: $jar is missing: run mvn package first." >&2; exit 1; }

jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
for tool in jlink jdeps java; do
  command -v "${jdk_bin}$tool" >/dev/null \
    || { echo "runtime-image: ${jdk_bin}$tool not found: a JDK 17 or newer is needed." >&2; exit 1; }
done

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) os="$(uname -s | tr '[:upper:]' '[:lower:]')" ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) arch="$(uname -m)" ;;
esac
version="$("${jdk_bin}java" -jar "$jar" --version)" # "coprod 0.1.0", then Java's version
version="${version%%$'\n'*}"
version="${version#coprod }"
name="coprod-$version-$os-$arch"
image="target/$name"

# The modules the jar uses, as jdeps finds them, and three it reaches only by reflection or by name: jdk.unsupported
# (JLine's signals, such as a resized window), jdk.localedata (language names such as "Cymraeg", kept to the
# questionnaires' languages) and jdk.charsets (the code pages of Windows consoles and of older survey exports).
modules="$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
modules="$modules,jdk.unsupported,jdk.localedata,jdk.charsets"
# JDK 21 names its compression levels zip-0 to zip-9 and warns at the old --compress=2
compress=2
[[ "$("${jdk_bin}jlink" --list-plugins)" == *'zip-[0-9]'* ]] && compress=zip-6

echo "runtime-image: linking $modules" >&2
rm -rf "$image" "$image.tar.gz" "$image.zip"
"${jdk_bin}jlink" --add-modules "$modules" --include-locales=en,cy --strip-debug --no-header-files --no-man-pages \
  --compress="$compress" --generate-cds-archive --output "$image" >&2

cp "$jar" "$image/lib/coprod.jar"
if [[ $os == windows ]]; then
  cp src/dist/coprod.cmd "$image/bin/coprod.cmd"
  java_in_image="$image/bin/java.exe"
else
  cp src/dist/coprod "$image/bin/coprod"
  chmod 755 "$image/bin/coprod"
  java_in_image="$image/bin/java"
fi
cp -R questionnaires "$image/questionnaires"
cp -R examples "$image/examples"
cp README.md LICENSE "$image/"
[[ -f target/docs/man/coprod.1 ]] && mkdir -p "$image/man" && cp target/docs/man/coprod.1 "$image/man/"
[[ -f target/docs/completion/coprod ]] && mkdir -p "$image/completion" \
  && cp target/docs/completion/coprod "$image/completion/"

# jlink's class-data archive of Java's own classes makes every start sooner; the one for heaps over 32 GB is left out
# (10 MB). An archive of coprod's own classes, as the release launcher makes, cannot be made here: Java 17 uses one
# only from the folder it was made in, not from wherever the image is unpacked.
rm -f "$image"/lib/server/classes_nocoops.jsa
echo "runtime-image: checking that the image runs every command on the examples" >&2
"$java_in_image" -cp "$image/lib/coprod.jar" org.coprod.cli.StartupTraining examples </dev/null >/dev/null

if [[ $os == windows ]]; then
  (cd target && "${jdk_bin}jar" --create --no-manifest --file "$name.zip" "$name")
  archive="$image.zip"
else
  tar -czf "$image.tar.gz" -C target "$name"
  archive="$image.tar.gz"
fi
echo "runtime-image: made $image ($(du -sh "$image" | cut -f 1) on disk) and $archive ($(du -h "$archive" | cut -f 1))" >&2
echo "$archive"
