package nl.koers.enrolment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/** The domain core stays free of frameworks, and features only meet through their public domain types. */
@AnalyzeClasses(packages = "nl.koers.enrolment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainCoreHasNoFrameworkImports = noClasses()
            .that().resideInAnyPackage("nl.koers.enrolment.enrolment", "nl.koers.enrolment.participant",
                    "nl.koers.enrolment.privacy", "nl.koers.enrolment.invitation")
            .and().areNotAnnotatedWith(Service.class)
            .and().areNotAnnotatedWith(Repository.class)
            .and().areNotAnnotatedWith(Component.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..");

    @ArchTest
    static final ArchRule onlyWebAdaptersKnowTheWebLayer = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("nl.koers.enrolment..web..");

    @ArchTest
    static final ArchRule enrolmentDoesNotDependOnParticipantInternals = noClasses()
            .that().resideInAPackage("nl.koers.enrolment.enrolment..")
            .should().dependOnClassesThat().resideInAPackage("nl.koers.enrolment.participant..");

    @ArchTest
    static final ArchRule enrolmentAndParticipantsDoNotDependOnPrivacy = noClasses()
            .that().resideInAnyPackage("nl.koers.enrolment.enrolment..", "nl.koers.enrolment.participant..")
            .should().dependOnClassesThat().resideInAPackage("nl.koers.enrolment.privacy..");

    @ArchTest
    static final ArchRule privacyDomainDoesNotKnowItsAdapters = noClasses()
            .that().resideInAPackage("nl.koers.enrolment.privacy")
            .should().dependOnClassesThat().resideInAnyPackage("nl.koers.enrolment.privacy.persistence..",
                    "nl.koers.enrolment.privacy.messaging..");
}
