package org.advocacy.gateway.web.cases;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every case page, public or the dashboard's, draws its choices and the wording of dates and countries from. */
@ControllerAdvice(basePackages = {"org.advocacy.gateway.web.cases", "org.advocacy.gateway.web.admin.cases"})
class CasesModel {

    private static final CaseVocabulary.Choices CHOICES = new CaseVocabulary.Choices();

    @ModelAttribute("vocabulary")
    CaseVocabulary.Choices vocabulary() {
        return CHOICES;
    }
}
