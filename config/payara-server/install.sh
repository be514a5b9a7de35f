#!/usr/bin/env bash
# Installs (or re-installs) member on a running Payara Server 6 (JDK 17/21) or GlassFish 7 (JDK 17) domain, against an
# external MySQL 8.0+ / MariaDB 10.6+. Every step is idempotent: running it again on the same domain updates the
# secrets, the pool's properties and the application, and creates nothing twice.
#
#   MEMBER_DB_URL=jdbc:mysql://db.internal:3306/member?sslMode=VERIFY_IDENTITY&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci \
#   MEMBER_DB_USER=member MEMBER_DB_PASSWORD=... \
#   MEMBER_DATA_KEYS='k2026:<base64 of 32 random bytes>' MEMBER_INDEX_KEY='<base64 of 32 random bytes>' \
#   MEMBER_INITIAL_ADMIN=ops-admin MEMBER_INITIAL_ADMIN_PASSWORD='<12+ characters, see below>' \
#   ASADMIN=/opt/payara6/bin/asadmin ASADMIN_OPTS="--port 4848" ASADMIN_DOMAIN=domain1 \
#   config/payara-server/install.sh member-ear/target/member.ear mysql-connector-j.jar
#
# Run it on the server host (the domain is restarted once, to take the keys). The database password and the
# personal-data keys are stored as password aliases of the domain (member-db-password, member-data-keys,
# member-index-key) and reach the application as system properties that reference the aliases — never in a file of
# this repository or in domain.xml in clear. Keep a copy of the keys in your key escrow: without them the members'
# personal data cannot be read. The schema is created by the application itself (Flyway) at deployment.
#
# The first administrator: on a database with no staff account the application creates MEMBER_INITIAL_ADMIN
# (default admin) with MEMBER_INITIAL_ADMIN_PASSWORD, read from the environment of the server's process when the
# domain (re)starts — this script restarts it with the environment it was given. A password that breaks the password
# policy (fewer than 12 characters, a common password, containing the username) fails the deployment. At the first
# sign-in that person must choose a new password and then set up a second factor (TOTP) before anything else.
#
# sslMode=VERIFY_IDENTITY: the server's JVM must trust the database's certificate (the domain's truststore, see
# config/glassfish/README.md, "The database's TLS certificate") and the host name in the URL must match it.
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

listed() { # item list-command [args...]: whether the list-command prints item as a line of its own
  local item=$1
  shift
  asadmin "$@" | grep -Fxq -- "$item"
}

secrets=$(mktemp)
trap 'rm -f "$secrets"' EXIT
chmod 600 "$secrets"

store_secret() { # name value: stores (or replaces) a secret as a password alias of the domain
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$2" > "$secrets"
  if listed "$1" list-password-aliases; then
    asadmin --passwordfile "$secrets" update-password-alias "$1"
  else
    asadmin --passwordfile "$secrets" create-password-alias "$1"
  fi
}

jvm_option() { # option: adds a JVM option of the server unless it is there already
  if ! asadmin list-jvm-options | grep -Fq -- "$1"; then
    asadmin create-jvm-options "$1"
  fi
}

# The JDBC driver belongs to the server, not to the application.
if ! listed "$(basename "$DRIVER")" list-libraries --type common; then
  asadmin add-library --type common "$DRIVER"
fi

store_secret member-db-password "$MEMBER_DB_PASSWORD"
store_secret member-data-keys "$MEMBER_DATA_KEYS"
store_secret member-index-key "$MEMBER_INDEX_KEY"
jvm_option '-Dmember.data.keys=${ALIAS=member-data-keys}'
jvm_option '-Dmember.index.key=${ALIAS=member-index-key}'
# The HTTP listeners say nothing about the server (no Server header, no X-Powered-By); takes effect at the restart.
# Payara has a server-header switch; GlassFish 7 has none and leaves the header out when the product name is empty.
for listener in http-listener-1 http-listener-2; do
  http=configs.config.server-config.network-config.protocols.protocol.$listener.http
  # Payara 7 has no xpowered-by attribute (and sends no X-Powered-By); 6 and GlassFish 7 have it, default on
  if asadmin get "$http.xpowered-by" > /dev/null 2>&1; then
    asadmin set "$http.xpowered-by=false"
  fi
  if asadmin get "$http.server-header" > /dev/null 2>&1; then
    asadmin set "$http.server-header=false"
  else
    jvm_option '-Dproduct.name='
  fi
done
# The application uses no JMS. With the default (EMBEDDED, lazy-init) the server listens for the message broker on
# port 7676 (portbase+76) of every interface; REMOTE (a broker elsewhere, none configured) opens no port.
asadmin set configs.config.server-config.jms-service.type=REMOTE
"$ASADMIN" restart-domain "$DOMAIN"

if ! listed memberPool list-jdbc-connection-pools; then
  asadmin create-jdbc-connection-pool \
    --datasourceclassname=com.mysql.cj.jdbc.MysqlDataSource --restype=javax.sql.DataSource \
    --isconnectvalidatereq=true --validationmethod=meta-data --failconnection=true --isolationlevel=read-committed \
    --steadypoolsize=4 --maxpoolsize=32 memberPool
fi
# Properties one by one with `set`, which splits at the first '=' only: URLs and the alias reference contain '='
# and ':', which the --property list of create-jdbc-connection-pool cannot carry on every server.
pool=resources.jdbc-connection-pool.memberPool.property
asadmin set "$pool.user=$MEMBER_DB_USER"
asadmin set "$pool.password=\${ALIAS=member-db-password}"
asadmin set "$pool.url=$MEMBER_DB_URL"
# Connector/J's bundle for pooled servers: statements cached, autocommit and isolation tracked by the driver
asadmin set "$pool.useConfigs=maxPerformance"
if ! listed jdbc/member list-jdbc-resources; then
  asadmin create-jdbc-resource --connectionpoolid=memberPool jdbc/member
fi
asadmin ping-connection-pool memberPool

# A first installation or an upgrade alike; a failed start-up (e.g. a first-administrator password that breaks the
# policy) fails here, with the reason in the server log.
asadmin deploy --force=true --name member "$EAR"
