#!/usr/bin/env bash
# Lints Trekant's OpenAPI documents as the running application serves them: OpenApiDocumentTest
# (part of ./mvnw verify) exports them to target/openapi/{partner,staff,admin}.json. Ruleset:
# .spectral.yaml (Spectral's OpenAPI rules and Trekant's own). Fails on any error.
set -euo pipefail
cd "$(dirname "$0")"
documents=(../target/openapi/partner.json ../target/openapi/staff.json ../target/openapi/admin.json)
for document in "${documents[@]}"; do
  [ -f "$document" ] || { echo "missing $document: run ./mvnw verify (or -Dtest=OpenApiDocumentTest) first" >&2; exit 1; }
done
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error "${documents[@]}"
