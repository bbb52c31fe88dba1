# The benchmarks' peers: what run.sh and check_labels.sh share. Sourced, from the repository's top folder.
# names, commands and VERSIONS (arrays) gather the tools to time, their commands and their versions.
DUCKDB_VERSION="${DUCKDB_VERSION:-1.4.1.0}"
VERSIONS=()

# need COMMAND DEBIAN-PACKAGE: installs the package if COMMAND is missing and apt-get can; stops if it is still missing
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  apt_install "$2"
  command -v "$1" >/dev/null 2>&1 || { echo "bench: $1 is needed (Debian package $2)"; exit 1; }
}

apt_install() {
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@") >/dev/null 2>&1 || true
  fi
}

add_peer() {
  names+=("$1")
  commands+=("$2")
}

# The first Python with pandas and yaml: the PATH's python3, else Debian's (python3-pandas, installed if need be)
pandas_python() {
  local python
  for attempt in 1 2; do
    for python in python3 /usr/bin/python3; do
      "$python" -c 'import pandas, yaml' 2>/dev/null && { echo "$python"; return 0; }
    done
    [[ $attempt == 1 ]] && apt_install python3-pandas python3-yaml
  done
  return 1
}

# The DuckDB JDBC driver, fetched from Maven Central into the local Maven repository once and copied to WORK
duckdb_jar() {
  local work="$1" jar="duckdb_jdbc-$DUCKDB_VERSION.jar"
  if [[ ! -f "$work/$jar" ]]; then
    (cd "$work" && mvn -B -ntp -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" >/dev/null 2>&1) || return 1
    cp "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/$jar" "$work/" || return 1
  fi
  echo "$work/$jar"
}

# label_peers WORK EXPORT: DuckDB, pandas, miller and the Python csv module on a label-valued export, each writing
# WORK/NAME.csv; DuckDB, pandas and miller are left out, with a message, when they cannot be had
label_peers() {
  local work="$1" data="$2" jar python
  python3 -c 'import yaml' 2>/dev/null || apt_install python3-yaml
  python3 -c 'import yaml' 2>/dev/null || { echo "bench: python3's yaml module is needed (PyYAML)"; exit 1; }
  if jar=$(duckdb_jar "$work"); then
    mkdir -p "$work/duckdb-query"
    javac -d "$work/duckdb-query" bench/DuckDbQuery.java
    python3 bench/duckdb_label_sql.py "$data" 2 > "$work/duckdb.sql"
    add_peer duckdb "java -cp $jar:$work/duckdb-query DuckDbQuery $work/duckdb.sql > $work/duckdb.csv"
    VERSIONS+=("DuckDB JDBC $DUCKDB_VERSION")
  else
    echo "bench: DuckDB left out: its JDBC driver org.duckdb:duckdb_jdbc:$DUCKDB_VERSION could not be fetched from Maven Central"
  fi
  if python=$(pandas_python); then
    add_peer pandas "$python bench/pandas_label_means.py $data > $work/pandas.csv"
    VERSIONS+=("pandas $("$python" -c 'import pandas; print(pandas.__version__)') on $("$python" --version)")
  else
    echo "bench: pandas left out: neither python3 nor Debian's python3-pandas has it"
  fi
  command -v mlr >/dev/null 2>&1 || apt_install miller
  if command -v mlr >/dev/null 2>&1; then
    python3 bench/miller_label_dsl.py > "$work/miller.mlr"
    add_peer miller "mlr --icsv --ocsv put -q -f $work/miller.mlr then sort -f Service $data > $work/miller.csv"
    VERSIONS+=("$(mlr --version)")
  else
    echo "bench: miller left out: it is not installed and apt-get could not install it"
  fi
  add_peer python "python3 bench/python_label_means.py $data > $work/python.csv"
  VERSIONS+=("$(python3 --version)")
}
