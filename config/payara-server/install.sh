#!/usr/bin/env bash
# Installs member on a running Payara Server 6 (or GlassFish 7) domain, against an external MySQL 8.0+ / MariaDB 10.6+.
#
#   MEMBER_DB_URL=jdbc:mysql://db.internal:3306/member?sslMode=VERIFY_IDENTITY&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci \
#   MEMBER_DB_USER=member MEMBER_DB_PASSWORD=... \
#   MEMBER_DATA_KEYS='k2026:<base64 of 32 random bytes>' MEMBER_INDEX_KEY='<base64 of 32 random bytes>' \
#   ASADMIN=/opt/payara6/bin/asadmin ASADMIN_OPTS="--port 4848" ASADMIN_DOMAIN=domain1 \
#   config/payara-server/install.sh member-ear/target/member.ear mysql-connector-j.jar
#
# Run it on the server host (the domain is restarted once, to take the keys). The database password and the
# personal-data keys are stored as password aliases of the domain (member-db-password, member-data-keys,
# member-index-key) and reach the application as system properties that reference the aliases — never in a file of
# this repository or in domain.xml in clear. Keep a copy of the keys in your key escrow: without them the members'
# personal data cannot be read. The schema is created by the application itself (Flyway) at deployment.
# Re-running on a domain that already has the pool fails at create-jdbc-connection-pool; to upgrade the
# application only, run: $ASADMIN deploy --force=true member.ear
set -euo pipefail

EAR=${1:?usage: install.sh <member.ear> <mysql-connector-j.jar>}
DRIVER=${2:?usage: install.sh <member.ear> <mysql-connector-j.jar>}
: "${MEMBER_DB_URL:?set MEMBER_DB_URL}"
: "${MEMBER_DB_USER:?set MEMBER_DB_USER}"
: "${MEMBER_DB_PASSWORD:?set MEMBER_DB_PASSWORD}"
: "${MEMBER_DATA_KEYS:?set MEMBER_DATA_KEYS (id:base64-key[,older-id:base64-key...])}"
: "${MEMBER_INDEX_KEY:?set MEMBER_INDEX_KEY (base64 of 32 random bytes)}"
ASADMIN=${ASADMIN:-asadmin}
DOMAIN=${ASADMIN_DOMAIN:-domain1}
read -r -a OPTS <<< "${ASADMIN_OPTS:-}"

asadmin() { "$ASADMIN" "${OPTS[@]}" "$@"; }

secrets=$(mktemp)
trap 'rm -f "$secrets"' EXIT
chmod 600 "$secrets"

store_secret() { # name value: stores a secret as a password alias of the domain
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" > "$secrets"
  asadmin --passwordfile "$secrets" create-password-alias "$1"
}

# The JDBC driver belongs to the server, not to the application.
asadmin add-library --type common "$DRIVER"

store_secret member-db-password "$MEMBER_DB_PASSWORD"
store_secret member-data-keys "$MEMBER_DATA_KEYS"
store_secret member-index-key "$MEMBER_INDEX_KEY"
asadmin create-jvm-options '-Dmember.data.keys=${ALIAS=member-data-keys}'
asadmin create-jvm-options '-Dmember.index.key=${ALIAS=member-index-key}'
# The HTTP listeners say nothing about the server (no Server header, no X-Powered-By); takes effect at the restart.
for listener in http-listener-1 http-listener-2; do
  asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false"
  asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false"
done
"$ASADMIN" restart-domain "$DOMAIN"

asadmin create-jdbc-connection-pool \
  --datasourceclassname=com.mysql.cj.jdbc.MysqlDataSource --restype=javax.sql.DataSource \
  --isconnectvalidatereq=true --validationmethod=meta-data --failconnection=true --isolationlevel=read-committed \
  --steadypoolsize=4 --maxpoolsize=32 memberPool
# Properties one by one with `set`, which splits at the first '=' only: URLs and the alias reference contain '='
# and ':', which the --property list of create-jdbc-connection-pool cannot carry on every server.
pool=resources.jdbc-connection-pool.memberPool.property
asadmin set "$pool.user=$MEMBER_DB_USER"
asadmin set "$pool.password=\${ALIAS=member-db-password}"
asadmin set "$pool.url=$MEMBER_DB_URL"
# Connector/J's bundle for pooled servers: statements cached, autocommit and isolation tracked by the driver
asadmin set "$pool.useConfigs=maxPerformance"
asadmin create-jdbc-resource --connectionpoolid=memberPool jdbc/member
asadmin ping-connection-pool memberPool

asadmin deploy --name member "$EAR"
