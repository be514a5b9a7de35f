// Which java runs Payara Micro 7 (it needs a JDK 21 or newer; Maven itself may run on 17, and the code is compiled
// with --release 17 whatever runs Maven). Run by gmavenplus in member-web before anything is built (decision 0018);
// sets the Maven property member.micro.java, read by failsafe (<jvm>: the Arquillian connector starts Micro with the
// test JVM's own java) and by the run profile's payara-micro-maven-plugin (<javaHome>, which takes the executable),
// and member.micro.javac, its javac, which compiles member-web's tests (the connector's classes are Java 21).
//   1. -Dmember.micro.java=/path/to/bin/java, if given (checked: it must be 21 or newer);
//   2. else the java running Maven, if it is 21 or newer;
//   3. else the newest JDK 21+ under /usr/lib/jvm (Debian/Ubuntu packages and Temurin's .deb install there);
//   4. else the build stops here, saying what to install.
// Skipped when the build neither starts Micro nor compiles tests (-Dmaven.test.skip, and not the run profile).
// Bindings (gmavenplus <properties>): minimum (the lowest feature release Micro runs on), micro (its version, for
// the message).
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit

int needed = minimum as int

boolean flag(String name) {
    String value = session.userProperties.getProperty(name) ?: project.properties.getProperty(name)
    return value != null && (value.isEmpty() || value.toBoolean())
}
boolean running = project.activeProfiles.any { it.id == 'run' }
// The test sources extend Payara's Arquillian connector, whose classes are Java 21: they are compiled by that JDK's
// javac (still --release 17), so a JDK, not a JRE, is needed whenever they are compiled.
boolean compilesTests = !flag('maven.test.skip')
if (!running && !compilesTests) {
    log.info('No Payara Micro is started and no test compiled by this build: its java is not looked for')
    return
}
boolean usable(Path java, boolean withJavac) {
    return Files.isExecutable(java) && (!withJavac || Files.isExecutable(java.resolveSibling('javac')))
}

// The feature release of a java executable, from the JDK's `release` file, else from `java -version`; -1 if neither.
int featureOf(Path java) {
    Path release = java.parent?.parent?.resolve('release')
    String text = null
    if (release != null && Files.isReadable(release)) {
        def line = Files.readAllLines(release).find { it.startsWith('JAVA_VERSION=') }
        text = line?.substring('JAVA_VERSION='.length())?.replace('"', '')
    }
    if (text == null && Files.isExecutable(java)) {
        def process = new ProcessBuilder(java.toString(), '-version').redirectErrorStream(true).start()
        String out = process.inputStream.text
        process.waitFor(30, TimeUnit.SECONDS)
        def match = out =~ /version "([^"]+)"/
        text = match.find() ? match.group(1) : null
    }
    if (text == null) {
        return -1
    }
    String first = text.startsWith('1.') ? text.split('\\.')[1] : text.split('[.+-]')[0]
    return first.isInteger() ? first as int : -1
}

String given = session.userProperties.getProperty('member.micro.java') ?: project.properties.getProperty('member.micro.java')
String chosen
String why
if (given) {
    Path java = Path.of(given)
    int feature = featureOf(java)
    if (!usable(java, compilesTests) || feature < needed) {
        throw new IllegalStateException("member.micro.java=${given} is not a java ${needed} or newer"
                + "${compilesTests ? ' with a javac beside it' : ''} (found ${feature < 0 ? 'no java' : 'java ' + feature});"
                + " Payara Micro ${micro} needs JDK ${needed}+.")
    }
    chosen = given
    why = "given as member.micro.java (java ${feature})"
} else if (Runtime.version().feature() >= needed && usable(Path.of(System.getProperty('java.home'), 'bin', 'java'), compilesTests)) {
    chosen = Path.of(System.getProperty('java.home'), 'bin', 'java').toString()
    why = "the JDK running Maven (java ${Runtime.version().feature()})"
} else {
    Path jvms = Path.of('/usr/lib/jvm')
    def found = []
    (jvms.toFile().listFiles() ?: new File[0]).each { File home ->
        Path java = home.toPath().resolve('bin').resolve('java')
        if (usable(java, compilesTests)) {
            found << [java: java.toRealPath(), feature: featureOf(java)]
        }
    }
    def newest = found.unique { it.java }.findAll { it.feature >= needed }.max { it.feature }
    if (newest == null) {
        throw new IllegalStateException("Payara Micro ${micro} needs a JDK ${needed} or newer, and none was found:"
                + " Maven runs on java ${Runtime.version().feature()} (${System.getProperty('java.home')}) and"
                + " /usr/lib/jvm holds no JDK ${needed}+. Install one (e.g. Eclipse Temurin 21 or 25, or Debian 13's"
                + " openjdk-21-jdk-headless), then run Maven again; or name its java with"
                + " -Dmember.micro.java=/path/to/jdk/bin/java. (Maven itself may stay on JDK 17.)")
    }
    chosen = newest.java.toString()
    why = "the newest JDK ${needed}+ under /usr/lib/jvm (java ${newest.feature}); Maven runs on java ${Runtime.version().feature()}"
}
project.properties.setProperty('member.micro.java', chosen)
project.properties.setProperty('member.micro.javac', Path.of(chosen).resolveSibling('javac').toString())
log.info("Payara Micro ${micro} runs on ${chosen}: ${why}")
