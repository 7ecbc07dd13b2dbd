#!/usr/bin/env bash
# Regenerates the Initial migrations of both providers from the model (dotnet-ef 10.0.15).
# The append-only triggers live in the hand-written AppendOnlyTriggers migrations (id
# 20261127180000, after Initial) and are kept. Later model changes: `dotnet ef migrations add Name`
# with the same --context/--output-dir/--namespace arguments, for both providers.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export PATH="$PATH:/root/.dotnet/tools"
rm -f src/Claimsmith.Data/Migrations/*/2*_Initial*.cs src/Claimsmith.Data/Migrations/*/*ModelSnapshot.cs
dotnet ef migrations add Initial --project src/Claimsmith.Data --context SqliteClaimsmithDbContext --output-dir Migrations/Sqlite --namespace Claimsmith.Data.Migrations.Sqlite
dotnet ef migrations add Initial --project src/Claimsmith.Data --context PostgresClaimsmithDbContext --output-dir Migrations/Postgres --namespace Claimsmith.Data.Migrations.Postgres
mv src/Claimsmith.Data/Claimsmith/Data/Migrations/Sqlite/*.cs src/Claimsmith.Data/Migrations/Sqlite/
mv src/Claimsmith.Data/Claimsmith/Data/Migrations/Postgres/*.cs src/Claimsmith.Data/Migrations/Postgres/
rm -rf src/Claimsmith.Data/Claimsmith
