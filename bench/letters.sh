#!/usr/bin/env bash
# Letters per second on one thread (JMH): the full PDF/A-2a + PDF/UA-1 letter beside a plain iText document of the
# same text, plus both PDFs' sizes. Takes about two minutes. Extra arguments go to JMH, e.g. `-prof gc` or `-f 3`.
# Results: docs/performance.md, section "Letters".
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
mvn -q -f letters/pom.xml test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd letters
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.openjdk.jmh.Main LettersBenchmark -rf json -rff target/letters-benchmark.json "$@"
