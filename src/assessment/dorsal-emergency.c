/* dorsal-emergency.c: the emergency number to show, from the setting or the locale
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-emergency.h"

#include <string.h>
#include <glib/gi18n-lib.h>

/* The table of triage-policy.md, "Emergency number". */
static const struct
{
  const char *territory;
  const char *number;
} numbers[] = {
  { "US", "911" }, { "CA", "911" }, { "MX", "911" }, { "PH", "911" },
  { "GB", "999" }, { "HK", "999" },
  { "AU", "000" },
  { "NZ", "111" },
  { "JP", "119" }, { "KR", "119" }, { "TW", "119" },
  { "CN", "120" },
  { "SG", "995" },
  { "IL", "101" },
  { "BR", "192" },
  { "ZA", "10177" },
};

#define DEFAULT_NUMBER "112"

/**
 * dorsal_emergency_territory:
 *
 * The territory of the user's locale as the policy reads it: in the first of
 * `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty, the two
 * letters after `_`, up to any `.` or `@` (`en_GB.UTF-8` → GB, `sr_RS@latin`
 * → RS). Read from the environment, so it works whether or not that locale
 * is installed.
 *
 * Returns: (transfer full) (nullable): two upper-case letters, or %NULL
 */
char *
dorsal_emergency_territory (void)
{
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  const char *locale = NULL;
  const char *start;
  gsize len;

  for (guint i = 0; i < G_N_ELEMENTS (names) && locale == NULL; i++)
    {
      const char *value = g_getenv (names[i]);

      if (value != NULL && *value != '\0')
        locale = value;
    }
  if (locale == NULL)
    return NULL;

  /* language[_territory][.codeset][@modifier]: a '_' after '.' or '@' is not ours */
  start = memchr (locale, '_', strcspn (locale, ".@"));
  if (start == NULL)
    return NULL;
  start++;
  len = strcspn (start, ".@");
  if (len != 2 || !g_ascii_isalpha (start[0]) || !g_ascii_isalpha (start[1]))
    return NULL;

  return g_ascii_strup (start, 2);
}

/**
 * dorsal_emergency_number:
 * @setting: (nullable): the `emergency-number` setting; empty means "from the locale"
 * @origin_out: (out) (optional): where the number came from, translated:
 *   "set in preferences" or "for your region"
 *
 * A setting with anything but white space in it wins, as given. Otherwise
 * the number of the locale's territory (see dorsal_emergency_territory()),
 * and 112 where the policy's table has none.
 *
 * Returns: the number to show: @setting itself, or a static string
 */
const char *
dorsal_emergency_number (const char  *setting,
                         const char **origin_out)
{
  g_autofree char *territory = NULL;

  if (setting != NULL)
    {
      for (const char *p = setting; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          {
            if (origin_out != NULL)
              *origin_out = _("set in preferences");
            return setting;
          }
    }

  if (origin_out != NULL)
    *origin_out = _("for your region");

  territory = dorsal_emergency_territory ();
  if (territory != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      if (strcmp (numbers[i].territory, territory) == 0)
        return numbers[i].number;

  return DEFAULT_NUMBER;
}
