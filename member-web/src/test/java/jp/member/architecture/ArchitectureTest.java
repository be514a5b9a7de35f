package jp.member.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The architecture the README describes, as rules the build enforces: feature packages without cycles, the web tier
 * on boundaries only, role checks at the boundaries and only there, no entity handed to the web tier, no demo code
 * reachable from the product.
 */
@AnalyzeClasses(packages = "jp.member", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The web tier's packages (member-web): pages and the HTTP API. */
    private static final String[] WEB_TIER = {"jp.member.web..", "jp.member.api.."};

    /**
     * The business features (member-ejb: members, points, audit, exports, staff, monitoring, security, shared,
     * platform, demo and those that come later), each a package with boundary, control, entity and rules: no cycle
     * between them, so each can be understood, tested and changed with only what it stands on.
     */
    @ArchTest
    static final ArchRule featuresWithoutCycles = slices().matching("jp.member.(*)..")
            .that(DescribedPredicate.describe(
                    "are business features", slice -> !List.of("web", "api").contains(slice.getNamePart(1))))
            .should()
            .beFreeOfCycles();

    /**
     * The web tier uses boundaries, their records, the pure rules and value types ({@code rules}, {@code shared}) and
     * the features' vocabulary (the enums kept next to the entities) — never a control, an entity, the chain or the
     * platform.
     */
    @ArchTest
    static final ArchRule webUsesBoundaries = noClasses()
            .that()
            .resideInAnyPackage(WEB_TIER)
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "are controls, entities (enums aside), the chain, the platform or demo code",
                    (JavaClass type) -> internal(type.isArray() ? type.getBaseComponentType() : type)))
            .because("the web tier speaks to the business through boundaries and their records only");

    private static boolean internal(JavaClass c) {
        return c.getPackageName().startsWith("jp.member.")
                && (c.getPackageName().matches(".*\\.(control|chain|demo)(\\..*)?")
                        || c.getPackageName().startsWith("jp.member.platform")
                        || c.getPackageName().startsWith("jp.member.demo")
                        || (c.getPackageName().matches(".*\\.entity(\\..*)?") && !c.isEnum()));
    }

    @ArchTest
    static final ArchRule rolesOnlyAtBoundaries = noClasses()
            .that()
            .resideOutsideOfPackage("..boundary..")
            .and()
            .areAnnotatedWith(Stateless.class)
            .or()
            .areAnnotatedWith(Singleton.class)
            .should()
            .beAnnotatedWith(RolesAllowed.class)
            .orShould()
            .beAnnotatedWith(PermitAll.class)
            .orShould()
            .beAnnotatedWith(DenyAll.class)
            .because("role checks belong to the boundaries; a control is called by them");

    @ArchTest
    static final ArchRule boundariesCarryRoles = classes()
            .that()
            .resideInAPackage("..boundary..")
            .and(areSessionBeans())
            .should(declareWhoMayCall())
            .because("every boundary says who may call it (RolesAllowed, PermitAll or DenyAll on the class or on every"
                    + " public method)");

    @ArchTest
    static final ArchRule noEntityLeavesABoundary = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..boundary..")
            .and()
            .arePublic()
            .should(notReturnAnEntity())
            .because("the web tier gets records, never a managed entity it could change or lazily load");

    @ArchTest
    static final ArchRule demoUnreachable = noClasses()
            .that()
            .resideOutsideOfPackage("..demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..demo..")
            .because("demo data is for the run profile and the tests, never reachable from the product");

    private static DescribedPredicate<JavaClass> areSessionBeans() {
        return DescribedPredicate.describe(
                "are session beans", c -> c.isAnnotatedWith(Stateless.class) || c.isAnnotatedWith(Singleton.class));
    }

    private static ArchCondition<JavaClass> declareWhoMayCall() {
        return new ArchCondition<>("declare who may call it") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (hasRoleAnnotation(type)) {
                    return;
                }
                for (JavaMethod method : type.getMethods()) {
                    boolean publicMethod =
                            method.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC);
                    if (publicMethod
                            && !method.isAnnotatedWith(RolesAllowed.class)
                            && !method.isAnnotatedWith(PermitAll.class)
                            && !method.isAnnotatedWith(DenyAll.class)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " says nobody who may call it"));
                    }
                }
            }
        };
    }

    private static boolean hasRoleAnnotation(JavaClass type) {
        return type.isAnnotatedWith(RolesAllowed.class)
                || type.isAnnotatedWith(PermitAll.class)
                || type.isAnnotatedWith(DenyAll.class)
                || type.isAnnotatedWith(RunAs.class);
    }

    private static ArchCondition<JavaMethod> notReturnAnEntity() {
        return new ArchCondition<>("not return an entity") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Set<JavaClass> types = new HashSet<>();
                collect(method.getReturnType(), types);
                for (JavaClass type : types) {
                    if (type.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " returns the entity " + type.getSimpleName()));
                    }
                }
            }
        };
    }

    private static void collect(JavaType type, Set<JavaClass> into) {
        if (!into.add(type.toErasure())) {
            return;
        }
        if (type instanceof JavaParameterizedType parameterized) {
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                collect(argument, into);
            }
        }
    }
}
