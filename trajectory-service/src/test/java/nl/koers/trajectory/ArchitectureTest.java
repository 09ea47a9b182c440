package nl.koers.trajectory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of style.md, checked: each feature's domain core (everything outside its {@code web},
 * {@code messaging}, {@code schedule} and {@code persistence} packages, its repositories and its Spring wiring)
 * stays free of Spring, Kafka and MongoDB, and no feature reaches into another feature's web layer. A
 * {@code schedule} package is an adapter like {@code messaging}: what a timer starts instead of a record.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.koers.trajectory";
    private static final List<String> FEATURES = List.of("trajectory", "cohort", "roster", "session", "instrument",
            "question", "calendar", "report", "privacy");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> DOMAIN_CORE = new DescribedPredicate<>("in a feature's domain core") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            boolean inFeature = FEATURES.stream().anyMatch(f -> pkg.equals(ROOT + "." + f) || pkg.startsWith(ROOT + "." + f + "."));
            String name = c.getSimpleName();
            return inFeature && !pkg.contains(".web") && !pkg.contains(".messaging") && !pkg.contains(".persistence")
                    && !pkg.contains(".schedule")
                    && !name.endsWith("Repository") && !name.endsWith("Configuration");
        }
    };

    @Test
    void domainCoreHasNoSpringKafkaOrMongoDb() {
        noClasses().that(DOMAIN_CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
                .check(CLASSES);
    }

    @Test
    void domainCoreDoesNotDependOnWebMessagingOrPersistence() {
        noClasses().that(DOMAIN_CORE).should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..", ROOT + "..persistence..")
                .check(CLASSES);
    }

    /** Reports are built from events only: never from another feature's classes or collections. */
    @Test
    void reportsUseNoOtherFeature() {
        noClasses().that().resideInAPackage(ROOT + ".report..").should().dependOnClassesThat()
                .resideInAnyPackage(FEATURES.stream().filter(f -> !f.equals("report"))
                        .map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOthersWebOrMessaging() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage(ROOT + "." + feature + ".web..", ROOT + "." + feature + ".messaging..",
                            ROOT + "." + feature + ".schedule..")
                    .check(CLASSES);
        }
    }
}
