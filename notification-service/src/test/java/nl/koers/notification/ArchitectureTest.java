package nl.koers.notification;

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
 * {@code messaging} and {@code smtp} adapters, its repositories and its Spring wiring) stays free of Spring, Kafka,
 * MongoDB and Jakarta Mail, and no feature reaches into another feature's adapters.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.koers.notification";
    private static final List<String> FEATURES = List.of("recipient", "preference", "cohort", "session", "mail",
            "privacy", "audit");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> DOMAIN_CORE = new DescribedPredicate<>("in a feature's domain core") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            boolean inFeature = FEATURES.stream().anyMatch(f -> pkg.equals(ROOT + "." + f) || pkg.startsWith(ROOT + "." + f + "."));
            String name = c.getSimpleName();
            return inFeature && !pkg.contains(".web") && !pkg.contains(".messaging") && !pkg.contains(".smtp")
                    && !name.endsWith("Repository") && !name.endsWith("Configuration");
        }
    };

    @Test
    void domainCoreHasNoSpringKafkaMongoDbOrMail() {
        noClasses().that(DOMAIN_CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..",
                        "jakarta.mail..", "org.thymeleaf..")
                .check(CLASSES);
    }

    @Test
    void domainCoreDoesNotDependOnAdapters() {
        noClasses().that(DOMAIN_CORE).should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + "..web..", ROOT + "..messaging..", ROOT + "..smtp..")
                .check(CLASSES);
    }

    @Test
    void featuresDoNotReachIntoEachOthersAdapters() {
        for (String feature : FEATURES) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat()
                    .resideInAnyPackage(ROOT + "." + feature + ".web..", ROOT + "." + feature + ".messaging..",
                            ROOT + "." + feature + ".smtp..")
                    .check(CLASSES);
        }
    }
}
