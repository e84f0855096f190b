#!/usr/bin/env bash
# bench/startup.sh [RUNS] — start-up, memory and command-line times as a user feels them, measured from outside.
#
# Under a private Xvfb display, alternates OfferBench (`--quit-when-ready`) with a bare JavaFX window (one Stage,
# one Label, built here from the same jar) launched the same way, RUNS times (default 5) for databases of 20,
# 1,000 and 10,000 offers, and prints medians and ratios. Both programs report the milliseconds from the Java
# VM's start to the first frame of their interactive state (for OfferBench: offers listed and ranked); the
# wall-clock time of the whole process (start to exit) is printed beside it. Then: peak RSS with 20 offers (the
# window left open OPEN_S seconds, default 8, like a user glancing at it), `score` (its default table, and
# --format json up to JSON_MAX offers, default 1000) as a whole process per size, the CSV import of each size
# (whole process), and the offers table scrolled top to bottom on the largest database (bench/ScrollBench.java).
#
# Two floors, bounds on what OfferBench can reach, run alternately with the others under the same load:
# bench/FloorWindow.java, OfferBench's first frame built in code with the same controls, stylesheet, font and icons
# but no data, no database, no FXML (it launches with OfferBench's JVM options; printed as floor/bare and
# app/floor), and bench/SqliteFloor.java, only opening the database with sqlite-jdbc and reading every offer row
# (a whole process per size, beside `score`; it bounds the 10,000-offer start-up and the `score` ratio).
#
# The databases are made through the command line's own import from docs/sample-offers.csv, repeated with
# numbered company names. Installs Xvfb and GNU time from Debian's packages when they are missing. Needs
# target/offerbench.jar (built with `mvn -o -q package -DskipTests` when absent).
#
# APP_JAVA_OPTS: JVM options for OfferBench (default: those of packaging/jvm.options, the launcher's).
# BARE_JAVA_OPTS: JVM options for the bare window (default: none, the JVM's defaults).
# FLOOR_JAVA_OPTS: JVM options for the two floors (default: APP_JAVA_OPTS, so they bound the app as launched).
# SIZES: offer counts to measure (default "20 1000 10000"). JAR: the jar to measure (default target/offerbench.jar).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
open_s=${OPEN_S:-8}
sizes=${SIZES:-"20 1000 10000"}
jar=${JAR:-target/offerbench.jar}
default_opts=$(grep -v '^#' packaging/jvm.options 2>/dev/null | tr '\n' ' ' || true)
app_opts=${APP_JAVA_OPTS-$default_opts}
bare_opts=${BARE_JAVA_OPTS-}
floor_opts=${FLOOR_JAVA_OPTS-$app_opts}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdpyinfo >/dev/null || need+=(x11-utils)
[[ -x /usr/bin/time ]] || need+=(time)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
if ((${#need[@]})); then
  echo "installing ${need[*]}" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[[ -f $jar ]] || mvn -o -q package -DskipTests

work=$(mktemp -d /tmp/offerbench-startup.XXXXXX)
xpid=
cleanup() { [[ -n $xpid ]] && kill "$xpid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# The bare window: the least any JavaFX program launched this way can do, timed exactly as OfferBench is.
mkdir -p "$work/bare"
cat > "$work/bare/BareWindow.java" <<'JAVA'
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Not itself an Application, like OfferBench's Main, so the jar's JavaFX on the class path is used. */
public final class BareWindow {
    public static void main(String[] args) { Application.launch(Window.class, args); }

  public static final class Window extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Bare window")), 1320, 840);
        stage.setTitle("Bare window");
        stage.setScene(scene);
        stage.show();
        if (!getParameters().getRaw().contains("--quit-when-ready")) {
            return;
        }
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) { Platform.requestNextPulse(); return; }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("interactive after " + ms + " ms since the Java VM started");
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
  }
}
JAVA
javac -nowarn -d "$work/bare" -cp "$jar" "$work/bare/BareWindow.java" bench/FloorWindow.java bench/SqliteFloor.java bench/ScrollBench.java

disp=:$((100 + RANDOM % 400))
Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
for _ in $(seq 50); do xdpyinfo -display "$disp" >/dev/null 2>&1 && break; sleep 0.1; done
export DISPLAY=$disp

# offers.csv with N rows: the five sample offers over and over, each company numbered.
make_csv() {
  local n=$1 out=$2
  awk -v n="$n" -F, 'NR == 1 { print; next } { rows[++k] = $0 }
    END { for (i = 0; i < n; i++) { r = rows[i % k + 1]; c = index(r, ","); printf "%s %d%s\n", substr(r, 1, c - 1), i + 1, substr(r, c) } }' \
    docs/sample-offers.csv > "$out"
}

ms_now() { date +%s%N | cut -c1-13; }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) { print "-"; exit } m = int((NR + 1) / 2); print (NR % 2 ? a[m] : int((a[m] + a[m + 1]) / 2)) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "-") printf "%.2fx", a / b; else print "-" }'; }

# run_gui LABEL OUTPREFIX JAVA_ARGS...: one --quit-when-ready launch; appends in-VM ms, wall ms and peak RSS (KiB).
run_gui() {
  local prefix=$1; shift
  local t0 t1 out
  t0=$(ms_now)
  out=$(/usr/bin/time -f '%M %U %S' -o "$work/rss" timeout 300 java "$@" 2>"$work/err" || true)
  t1=$(ms_now)
  local ms
  ms=$(grep -oE 'interactive after [0-9]+' <<<"$out" | grep -oE '[0-9]+' || true)
  if [[ -z $ms ]]; then
    echo "  a run did not report being interactive: $(tail -3 "$work/err" | tr '\n' ' ')" >&2
    return
  fi
  echo "$ms" >> "$prefix.ms"
  echo $((t1 - t0)) >> "$prefix.wall"
  tail -1 "$work/rss" | cut -d' ' -f1 >> "$prefix.rss"
  tail -1 "$work/rss" | awk '{ printf "%d\n", ($2 + $3) * 1000 }' >> "$prefix.cpu"
}

echo "OfferBench start-up, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "OfferBench JVM options: ${app_opts:-(none)}; bare window: ${bare_opts:-(none)}; floors: ${floor_opts:-(none)}; $runs runs each"
echo "floor = bench/FloorWindow.java: OfferBench's first-frame controls, CSS, font and icons, no data, no database"
echo

declare -A import_ms
for n in $sizes; do
  make_csv "$n" "$work/offers-$n.csv"
  t0=$(ms_now)
  # shellcheck disable=SC2086
  /usr/bin/time -f '%U %S' -o "$work/cpu" java $app_opts -jar "$jar" --db "$work/offers-$n.db" import "$work/offers-$n.csv" >/dev/null
  import_ms[$n]="$(( $(ms_now) - t0 )) ms wall, $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu") ms CPU"
done

printf '%-7s | %-30s | %-10s | %-10s | %-8s | %-10s | %-9s | %-24s | %-40s | %s\n' offers "OfferBench interactive (VM ms)" "bare (VM)" "floor (VM)" app/bare floor/bare app/floor "wall ms: app/bare/floor" "CPU ms all threads: app/bare/floor (app/bare, app/floor)" "peak RSS MiB: app/bare/floor (app/bare)"
for n in $sizes; do
  for r in $(seq "$runs"); do
    # shellcheck disable=SC2086
    run_gui "$work/app-$n" $app_opts -jar "$jar" --db "$work/offers-$n.db" --quit-when-ready
    # shellcheck disable=SC2086
    run_gui "$work/bare-$n" $bare_opts -cp "$jar:$work/bare" BareWindow --quit-when-ready
    # shellcheck disable=SC2086
    run_gui "$work/floor-$n" $floor_opts -cp "$jar:$work/bare" FloorWindow --quit-when-ready
  done
  a=$(median < "$work/app-$n.ms"); b=$(median < "$work/bare-$n.ms"); f=$(median < "$work/floor-$n.ms")
  aw=$(median < "$work/app-$n.wall"); bw=$(median < "$work/bare-$n.wall"); fw=$(median < "$work/floor-$n.wall")
  ar=$(( $(median < "$work/app-$n.rss") / 1024 )); br=$(( $(median < "$work/bare-$n.rss") / 1024 )); fr=$(( $(median < "$work/floor-$n.rss") / 1024 ))
  ac=$(median < "$work/app-$n.cpu"); bc=$(median < "$work/bare-$n.cpu"); fc=$(median < "$work/floor-$n.cpu")
  printf '%-7s | %-30s | %-10s | %-10s | %-8s | %-10s | %-9s | %-24s | %-40s | %s\n' "$n" "$a (runs: $(tr '\n' ' ' < "$work/app-$n.ms"))" "$b" "$f" \
    "$(ratio "$a" "$b")" "$(ratio "$f" "$b")" "$(ratio "$a" "$f")" "$aw / $bw / $fw" \
    "$ac / $bc / $fc ($(ratio "$ac" "$bc"), $(ratio "$ac" "$fc"))" "$ar / $br / $fr ($(ratio "$ar" "$br"))"
done

echo
first=$(set -- $sizes; echo "$1")
echo "Peak RSS with the window open ${open_s} s ($first offers; median of $runs):"
for r in $(seq "$runs"); do
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M' -o "$work/rss" timeout -s TERM "$open_s" java $app_opts -jar "$jar" --db "$work/offers-$first.db" >/dev/null 2>&1 || true
  tail -1 "$work/rss" >> "$work/open-app.rss"
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M' -o "$work/rss" timeout -s TERM "$open_s" java $bare_opts -cp "$jar:$work/bare" BareWindow >/dev/null 2>&1 || true
  tail -1 "$work/rss" >> "$work/open-bare.rss"
done
ma=$(( $(median < "$work/open-app.rss") / 1024 )); mb=$(( $(median < "$work/open-bare.rss") / 1024 ))
echo "  OfferBench $ma MiB, bare window $mb MiB: $(ratio "$ma" "$mb")"

echo
echo "Command line, whole process (median of $runs):"
# score_runs NAME ARGS...: RUNS runs of `score ARGS` on each size, then medians and the ratio to the first size.
score_runs() {
  local name=$1; shift
  for n in $sizes; do
    if [[ $name == json && $n -gt ${JSON_MAX:-1000} ]]; then
      echo "  score $*, $n offers: not run (rank_acceptability lists n probabilities for each of the n offers: n x n numbers)"
      continue
    fi
    for r in $(seq "$runs"); do
      t0=$(ms_now)
      # shellcheck disable=SC2086
      /usr/bin/time -f '%U %S' -o "$work/cpu" java $app_opts -jar "$jar" --db "$work/offers-$n.db" score "$@" >/dev/null
      echo $(( $(ms_now) - t0 )) >> "$work/$name-$n.ms"
      awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/cpu" >> "$work/$name-$n.cpu"
    done
    s=$(median < "$work/$name-$n.ms"); sc=$(median < "$work/$name-$n.cpu")
    echo "  score $*, $n offers: $s ms wall ($(ratio "$s" "$(median < "$work/$name-$first.ms")") of $first), $sc ms CPU ($(ratio "$sc" "$(median < "$work/$name-$first.cpu")") of $first)"
  done
}
# sqlite_runs: RUNS runs of bench/SqliteFloor.java per size (open + read every offer row, whole process).
sqlite_runs() {
  for n in $sizes; do
    for r in $(seq "$runs"); do
      t0=$(ms_now)
      # shellcheck disable=SC2086
      /usr/bin/time -f '%U %S' -o "$work/cpu" java $floor_opts -cp "$jar:$work/bare" SqliteFloor "$work/offers-$n.db" > "$work/sqlite.out"
      echo $(( $(ms_now) - t0 )) >> "$work/sqlite-$n.ms"
      awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$work/cpu" >> "$work/sqlite-$n.cpu"
      grep -oE 'read [0-9]+' "$work/sqlite.out" | grep -oE '[0-9]+' >> "$work/sqlite-$n.read"
    done
    s=$(median < "$work/sqlite-$n.ms"); sc=$(median < "$work/sqlite-$n.cpu")
    echo "  sqlite floor (open + read every offer row), $n offers: $s ms wall ($(ratio "$s" "$(median < "$work/sqlite-$first.ms")") of $first), $sc ms CPU; the read alone $(median < "$work/sqlite-$n.read") ms"
  done
}
score_runs table --format table
sqlite_runs
# The least `score` of N offers can take: `score` of the first size plus what reading the extra rows costs alone.
for n in $sizes; do
  [[ $n == "$first" ]] && continue
  s1=$(median < "$work/table-$first.ms"); d=$(( $(median < "$work/sqlite-$n.ms") - $(median < "$work/sqlite-$first.ms") ))
  c1=$(median < "$work/table-$first.cpu"); dc=$(( $(median < "$work/sqlite-$n.cpu") - $(median < "$work/sqlite-$first.cpu") ))
  echo "  score floor, $n offers: score of $first + the extra rows' read = $((s1 + d)) ms wall ($(ratio $((s1 + d)) "$s1") of $first), $((c1 + dc)) ms CPU ($(ratio $((c1 + dc)) "$c1"))"
done
score_runs json --format json
for n in $sizes; do
  echo "  import of $n CSV rows into a new database (one run, whole process): ${import_ms[$n]}"
done

# Scrolling: the window on the largest database, its offers table scrolled top to bottom (bench/ScrollBench.java).
last=$(set -- $sizes; eval echo "\${$#}")
echo
echo "Scrolling the offers table, $last offers (one run):"
# shellcheck disable=SC2086
timeout 300 java $app_opts -cp "$jar:$work/bare" ScrollBench "$work/offers-$last.db" "$last" 2>/dev/null | grep '^scroll' | sed 's/^/  /' || echo "  the scroll run did not finish"
