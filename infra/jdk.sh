# Sourced by the run and test scripts: exports JAVA_HOME pointing at a JDK >= 25.
# JAVA_HOME wins when it is one; otherwise the newest JDK >= 25 in the folder that holds the system's JDKs
# (found from the real path of `java`, e.g. /usr/lib/jvm).

kp_java_major() { # $1 = a JDK home; prints its feature version, or nothing
  local release="$1/release" version
  [ -x "$1/bin/java" ] || return 0
  if [ -f "$release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  else
    version=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  fi
  echo "$version"
}

kp_pick_jdk() {
  local required=25 candidate major best="" best_major=0 jvm_dir=""
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(kp_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$required" ]; then
      echo "$JAVA_HOME"; return 0
    fi
  fi
  if command -v java >/dev/null 2>&1; then
    # .../jvm/<jdk>/bin/java -> .../jvm
    jvm_dir=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in "$jvm_dir" /usr/lib/jvm; do
    [ -d "$dir" ] || continue
    for candidate in "$dir"/*; do
      [ -L "$candidate" ] && continue
      major=$(kp_java_major "$candidate")
      if [ -n "$major" ] && [ "$major" -ge "$required" ] && [ "$major" -gt "$best_major" ]; then
        best="$candidate"; best_major="$major"
      fi
    done
    [ -n "$best" ] && break
  done
  [ -n "$best" ] && echo "$best"
}

KP_JDK=$(kp_pick_jdk)
if [ -z "$KP_JDK" ]; then
  echo "Klusterportalen needs a JDK 25 or newer. Set JAVA_HOME to one, or install one beside the system JDK" >&2
  echo "(for example Temurin 25 under /usr/lib/jvm). Found instead: $(java -version 2>&1 | head -n1)" >&2
  exit 1
fi
export JAVA_HOME="$KP_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
