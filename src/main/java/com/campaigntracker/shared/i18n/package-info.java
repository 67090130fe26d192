/** Translations and formats: the locales, the translation provider and translatable exceptions. */
@NamedInterface("i18n")
package com.campaigntracker.shared.i18n;

import org.springframework.modulith.NamedInterface;
