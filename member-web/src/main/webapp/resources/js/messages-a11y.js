/*
 * PrimeFaces writes each message as <li role="alert">, which takes the item out of its list for assistive technology
 * (axe: "list"). The alert role moves to the message box around the list, which is announced the same way when it
 * appears; the items stay list items. Runs on every page load and after every Ajax update.
 */
(function () {
    "use strict";

    function fix() {
        document.querySelectorAll(".ui-messages li[role='alert'], .ui-message li[role='alert']").forEach(function (item) {
            var box = item.closest(".ui-messages > div");
            item.removeAttribute("role");
            item.removeAttribute("aria-atomic");
            if (box) {
                box.setAttribute("role", "alert");
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", fix);
    } else {
        fix();
    }
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", fix);
    }
})();
