package jp.member.ear;

/**
 * GlassFish 7 on JDK 17 ({@code org.glassfish.main.distributions:glassfish}, unpacked by the module's build), on the
 * port base config/glassfish/README.md uses.
 */
class GlassFishEarSmokeIT extends EarSmokeIT {

    GlassFishEarSmokeIT() {
        super("GlassFish 7", "member.glassfish.home", 29000);
    }
}
