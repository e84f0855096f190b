#!/usr/bin/env bash
# Builds the OfferBench app image (and a .deb where dpkg-deb and fakeroot exist) from target/offerbench.jar.
# Run by `mvn -Ppackage package` (see README, "Install"); needs a JDK 17 with jlink, jpackage and its jmods.
#   1. jlink: a runtime holding only the JDK modules the app uses (about 100 MB instead of the whole JDK).
#   2. jpackage: the app image target/dist/OfferBench (launcher bin/OfferBench, the icon).
#   3. AppCDS: one training start of the window on the sample comparison, until it is interactive
#      (--quit-when-ready; under xvfb-run when there is no display, the command line alone when neither exists),
#      lists the classes a start loads; they are dumped into lib/app/offerbench.jsa, which the launcher maps
#      (-XX:SharedArchiveFile) so the window comes up sooner.
#   4. jpackage --type deb: target/dist/offerbench_<version>_<arch>.deb, installing to /opt/offerbench, with a menu
#      entry and *.offerbench.json files associated with the app (jpackage accepts associations for installers only).
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:?usage: build-app-image.sh VERSION}
jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
out=target/dist
work=target/jpackage
rm -rf "$out" "$work"
mkdir -p "$out" "$work/input"
cp target/offerbench.jar "$work/input/"

# JavaFX comes inside the jar (from the class path, as with java -jar); these are the JDK modules it and the app use
# (jdeps --print-module-deps, plus what JavaFX, FXML and Chinese dates and numbers need at run time).
modules=java.base,java.desktop,java.logging,java.scripting,java.sql,java.xml,java.naming,java.management,jdk.jfr,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs
"$jdk/bin/jlink" --module-path "$jdk/jmods" --add-modules "$modules" --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$work/runtime"

# The launcher's JVM options (memory and start-up, see docs/performance.md), one per line in packaging/jvm.options.
jvm_options=()
while read -r option; do
  [[ -z $option || $option == \#* ]] || jvm_options+=(--java-options "$option")
done < packaging/jvm.options

"$jdk/bin/jpackage" --type app-image --name OfferBench --app-version "$version" \
  --vendor OfferBench --description "Weigh AI/ML PhD job offers against market benchmarks" \
  --input "$work/input" --main-jar offerbench.jar --main-class io.offerbench.Main \
  --runtime-image "$work/runtime" --icon assets/icon/offerbench-256.png \
  --java-options '-XX:SharedArchiveFile=$APPDIR/offerbench.jsa' \
  --java-options '-Xshare:auto' \
  "${jvm_options[@]}" \
  --dest "$out"

image="$out/OfferBench"
app="$(cd "$image/lib/app" && pwd)"
java="$image/lib/runtime/bin/java"
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
"$java" -cp "$app/offerbench.jar" io.offerbench.Main --db "$training/train.db" import assets/sample/sample-comparison.offerbench.json >/dev/null
# The class list names classes, not paths, so the .deb can make its own archive where it is installed (deb/postinst).
train=("$java" -XX:DumpLoadedClassList="$app/offerbench.classlist" -Djava.class.path="$app/offerbench.jar")
if [[ -n ${DISPLAY:-} ]]; then
  "${train[@]}" io.offerbench.Main --db "$training/train.db" --quit-when-ready >/dev/null 2>&1
elif command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1440x900x24" "${train[@]}" io.offerbench.Main --db "$training/train.db" --quit-when-ready >/dev/null 2>&1
else
  echo "no display and no xvfb-run: the AppCDS archive covers a command-line run only" >&2
  "${train[@]}" io.offerbench.Main --db "$training/train.db" score >/dev/null
fi
"$java" -Xshare:dump -XX:SharedClassListFile="$app/offerbench.classlist" -XX:SharedArchiveFile="$app/offerbench.jsa" \
  -Djava.class.path="$app/offerbench.jar" >/dev/null 2>&1
echo "AppCDS archive: $app/offerbench.jsa ($(wc -l <"$app/offerbench.classlist") classes)"

if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  # The installed copy makes its own archive (packaging/deb/postinst): this one holds the build folder's path.
  staged="$work/deb-image/OfferBench"
  mkdir -p "$(dirname "$staged")" && cp -a "$image" "$staged" && rm -f "$staged/lib/app/offerbench.jsa"
  "$jdk/bin/jpackage" --type deb --app-image "$staged" --resource-dir packaging/deb --name OfferBench --app-version "$version" \
    --vendor OfferBench --description "Weigh AI/ML PhD job offers against market benchmarks" \
    --file-associations packaging/offerbench-json.properties --icon assets/icon/offerbench-256.png \
    --linux-package-name offerbench --linux-shortcut --linux-menu-group Office --linux-app-category misc \
    --dest "$out"
  ls "$out"/*.deb
else
  echo "dpkg-deb or fakeroot missing: no .deb (apt-get install dpkg-dev fakeroot)" >&2
fi
echo "App image: $image (launcher: $image/bin/OfferBench)"
