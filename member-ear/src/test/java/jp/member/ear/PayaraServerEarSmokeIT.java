package jp.member.ear;

/** Payara Server 6 on JDK 17 ({@code fish.payara.distributions:payara}, unpacked by the module's build). */
class PayaraServerEarSmokeIT extends EarSmokeIT {

    PayaraServerEarSmokeIT() {
        super("Payara Server 6", "member.payara.home", 28000);
    }
}
