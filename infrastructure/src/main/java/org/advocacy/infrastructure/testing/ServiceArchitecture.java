package org.advocacy.infrastructure.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every service keeps, checked on its compiled classes: its aggregates know
 * nothing of the web, Kafka or the message mechanics, every endpoint states who may call it, and
 * it never uses another service's code (services share only {@code contracts}).
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("org.advocacy.events", "org.advocacy.petition",
            "org.advocacy.cases", "org.advocacy.notifications", "org.advocacy.gateway");

    public static void verify(String servicePackage) {
        JavaClasses service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);

        classes().that().areAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "org.springframework.web..", "org.springframework.kafka..", "org.apache.kafka..",
                        "org.advocacy.messaging..", "jakarta.servlet..")
                .because("aggregates hold the domain rules, free of transport")
                .check(service);

        methods().that().areAnnotatedWith("org.springframework.web.bind.annotation.GetMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.PostMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.PutMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.PatchMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.DeleteMapping")
                .or().areAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
                .should().beAnnotatedWith("org.springframework.security.access.prepost.PreAuthorize")
                .because("every endpoint states who may call it, next to it")
                .allowEmptyShould(true)
                .check(service);

        String[] otherServices = SERVICES.stream().filter(p -> !p.equals(servicePackage))
                .map(p -> p + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("services talk only over Kafka and share only contracts")
                .check(service);
    }

    private ServiceArchitecture() {
    }
}
