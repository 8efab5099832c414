// The side navigation's fold on narrow screens: the button shows or hides the product areas and
// says which (aria-expanded). On wide screens the CSS shows the areas and hides the button.
document.addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.nav-toggle');
    if (!toggle) {
        return;
    }
    var nav = toggle.closest('.side-nav');
    var open = !nav.classList.contains('open');
    nav.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
});
