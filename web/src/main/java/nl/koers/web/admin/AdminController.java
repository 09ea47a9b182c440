package nl.koers.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Beheer: the admin's way in to the audit trail and to erasures. The pages behind it ask the API, which decides. */
@Controller
class AdminController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
