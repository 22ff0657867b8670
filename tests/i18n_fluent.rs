//! Differential test of the language packs: every message and attribute of every pack, rendered by Fluent's
//! reference implementation (`fluent-bundle`) and by the core's reader of the subset we use, with the same
//! arguments, must read the same. A pack that uses Fluent syntax the core reads otherwise fails here.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use vpce_policy_core::i18n::{self, Locale};

#[test]
fn every_message_reads_the_same_in_fluent_and_in_the_core() {
    for locale in Locale::ALL {
        let text = i18n::embedded(locale).expect("compiled in natively");
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{locale}: Fluent cannot read the pack: {errors:?}"));
        let lang: unic_langid::LanguageIdentifier = locale.tag().parse().expect("a language tag");
        let mut bundle = FluentBundle::new(vec![lang]);
        // Unicode isolation marks around arguments would differ from the core's plain text, and the terminal does
        // not need them.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no id twice");
        let ids = i18n::ids(locale);
        assert!(ids.len() > 300, "{locale}: {} ids", ids.len());
        for (id, vars) in ids {
            let core_args: Vec<(&str, String)> =
                vars.iter().map(|v| (v.as_str(), format!("<{v}>"))).collect();
            let mut args = FluentArgs::new();
            for v in &vars {
                args.set(v.as_str(), format!("<{v}>"));
            }
            let (message, attribute) = match id.split_once('.') {
                Some((m, a)) => (m, Some(a)),
                None => (id.as_str(), None),
            };
            let msg = bundle
                .get_message(message)
                .unwrap_or_else(|| panic!("{locale} {id}: not in Fluent"));
            let pattern = match attribute {
                Some(a) => msg.get_attribute(a).map(|a| a.value()),
                None => msg.value(),
            }
            .unwrap_or_else(|| panic!("{locale} {id}: no pattern in Fluent"));
            let mut errors = Vec::new();
            let fluent = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
            let core = i18n::text(locale, &id, &core_args);
            assert_eq!(core, fluent, "{locale} {id}");
        }
    }
}
