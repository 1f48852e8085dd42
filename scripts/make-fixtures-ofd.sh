#!/usr/bin/env bash
# Makes the OFD round-trip fixtures, src/test/resources/samples/ofd/*.ofd: each DOCX sample read by the DOCX reader
# and printed onto A3 landscape OFD pages (text objects placed character by character, tables as ruling lines) by
# the test helper io.planextract.read.ofd.OfdLayout. The fixtures are committed; CI never runs this.
# usage: scripts/make-fixtures-ofd.sh   (from the project root; needs Maven and the project's dependencies)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/fixtures.classpath -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat target/fixtures.classpath)" io.planextract.read.ofd.OfdFixtures \
  src/test/resources/samples
