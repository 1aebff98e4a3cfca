/* test-emergency.c: the emergency number follows the setting, then the locale, then 112
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-emergency.h"

static void
set_locale_env (const char *lc_all,
                const char *lc_messages,
                const char *lang)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *values[] = { lc_all, lc_messages, lang };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (values[i] == NULL)
        g_unsetenv (names[i]);
      else
        g_setenv (names[i], values[i], TRUE);
    }
}

static void
assert_number (const char *setting,
               const char *expected,
               const char *expected_origin)
{
  const char *origin = NULL;
  const char *number = dorsal_emergency_number (setting, &origin);

  g_assert_cmpstr (number, ==, expected);
  g_assert_cmpstr (origin, ==, expected_origin);
  /* origin_out is optional */
  g_assert_cmpstr (dorsal_emergency_number (setting, NULL), ==, expected);
}

#define REGION "for your region"
#define PREFERENCES "set in preferences"

static void
test_policy_table (void)
{
  /* triage-policy.md, "Emergency number" */
  const struct
  {
    const char *locale;
    const char *number;
  } cases[] = {
    { "en_US.UTF-8", "911" }, { "en_CA.UTF-8", "911" }, { "fr_CA.UTF-8", "911" },
    { "es_MX.UTF-8", "911" }, { "fil_PH.UTF-8", "911" }, { "en_PH", "911" },
    { "en_GB.UTF-8", "999" }, { "zh_HK.UTF-8", "999" }, { "en_HK", "999" },
    { "en_AU.UTF-8", "000" },
    { "en_NZ.UTF-8", "111" }, { "mi_NZ.UTF-8", "111" },
    { "ja_JP.UTF-8", "119" }, { "ko_KR.UTF-8", "119" }, { "zh_TW.UTF-8", "119" },
    { "zh_CN.UTF-8", "120" },
    { "en_SG.UTF-8", "995" },
    { "he_IL.UTF-8", "101" },
    { "pt_BR.UTF-8", "192" },
    { "en_ZA.UTF-8", "10177" }, { "af_ZA", "10177" },
    { "de_DE.UTF-8", "112" }, { "fr_FR.UTF-8", "112" }, { "en_IE.UTF-8", "112" },
    { "en_IN.UTF-8", "112" }, { "hi_IN", "112" }, { "sr_RS@latin", "112" },
    { "ru_RU.UTF-8", "112" }, { "pt_PT.UTF-8", "112" }, { "es_ES", "112" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("LANG=%s", cases[i].locale);
      set_locale_env (NULL, NULL, cases[i].locale);
      assert_number (NULL, cases[i].number, REGION);
      assert_number ("", cases[i].number, REGION);
    }
}

static void
test_territory (void)
{
  const struct
  {
    const char *locale;
    const char *territory;
  } cases[] = {
    { "en_GB.UTF-8", "GB" }, { "sr_RS@latin", "RS" }, { "en_US", "US" },
    { "de_DE.ISO-8859-1@euro", "DE" }, { "ca_ES@valencia", "ES" }, { "en_gb.utf8", "GB" },
    { "C", NULL }, { "C.UTF-8", NULL }, { "POSIX", NULL }, { "en", NULL },
    { "es_419.UTF-8", NULL }, { "en_G", NULL }, { "en_GBR", NULL }, { "en_", NULL },
    { "en_.UTF-8", NULL }, { "en_1A", NULL },
    /* the territory comes before any '.' or '@' */
    { "en@_GB", NULL }, { "en.UTF_GB", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *territory = NULL;

      g_test_message ("LANG=%s", cases[i].locale);
      set_locale_env (NULL, NULL, cases[i].locale);
      territory = dorsal_emergency_territory ();
      g_assert_cmpstr (territory, ==, cases[i].territory);
      if (cases[i].territory == NULL)
        assert_number (NULL, "112", REGION);
    }

  set_locale_env (NULL, NULL, NULL);
  g_assert_null (dorsal_emergency_territory ());
}

static void
test_precedence (void)
{
  /* no locale at all */
  set_locale_env (NULL, NULL, NULL);
  assert_number (NULL, "112", REGION);
  set_locale_env ("", "", "");
  assert_number (NULL, "112", REGION);

  /* LC_ALL, then LC_MESSAGES, then LANG: the first set and not empty */
  set_locale_env ("en_AU.UTF-8", "ja_JP.UTF-8", "en_US.UTF-8");
  assert_number (NULL, "000", REGION);
  set_locale_env ("", "ja_JP.UTF-8", "en_US.UTF-8");
  assert_number (NULL, "119", REGION);
  set_locale_env (NULL, "ja_JP.UTF-8", "en_US.UTF-8");
  assert_number (NULL, "119", REGION);
  set_locale_env (NULL, "", "en_US.UTF-8");
  assert_number (NULL, "911", REGION);
  set_locale_env ("en_GB.UTF-8", NULL, NULL);
  assert_number (NULL, "999", REGION);
  set_locale_env (NULL, "en_GB.UTF-8", NULL);
  assert_number (NULL, "999", REGION);

  /* a set locale without a territory wins over a later one that has one */
  set_locale_env ("C", NULL, "en_GB.UTF-8");
  assert_number (NULL, "112", REGION);
  set_locale_env ("C.UTF-8", "en_US", "en_GB.UTF-8");
  assert_number (NULL, "112", REGION);
}

static void
test_setting_wins (void)
{
  const char *setting = "0118";
  const char *origin = NULL;

  set_locale_env (NULL, NULL, "en_US.UTF-8");
  assert_number ("0118", "0118", PREFERENCES);
  assert_number ("112", "112", PREFERENCES);
  assert_number ("999", "999", PREFERENCES);
  /* the setting itself is returned, as given */
  g_assert_true (dorsal_emergency_number (setting, &origin) == setting);

  set_locale_env ("en_GB.UTF-8", NULL, NULL);
  assert_number ("911", "911", PREFERENCES);
  assert_number ("", "999", REGION);
  assert_number (NULL, "999", REGION);
  assert_number ("   ", "999", REGION);
  assert_number ("\t", "999", REGION);

  set_locale_env (NULL, NULL, NULL);
  assert_number ("0118", "0118", PREFERENCES);
  assert_number ("", "112", REGION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment/emergency/policy-table", test_policy_table);
  g_test_add_func ("/assessment/emergency/territory", test_territory);
  g_test_add_func ("/assessment/emergency/precedence", test_precedence);
  g_test_add_func ("/assessment/emergency/setting-wins", test_setting_wins);

  return g_test_run ();
}
