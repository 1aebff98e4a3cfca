/* test-renderer.c: the app picks GTK's cairo renderer only where there is no GPU, and never
 * over a renderer the person chose
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-application.h"

static gboolean
has_gpu_node (void)
{
  g_autoptr(GDir) dri = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD") || g_str_has_prefix (name, "card"))
      return TRUE;
  return FALSE;
}

static void
test_choice (void)
{
  const char *chosen;

  g_unsetenv ("GSK_RENDERER");
  chosen = dorsal_choose_renderer ();
  g_test_message ("GPU device node: %s; chosen: %s", has_gpu_node () ? "yes" : "no",
                  chosen != NULL ? chosen : "GTK's default");
  if (has_gpu_node ())
    {
      g_assert_null (chosen);
      g_assert_null (g_getenv ("GSK_RENDERER"));
    }
  else
    {
      g_assert_cmpstr (chosen, ==, "cairo");
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
    }
}

static void
test_person_wins (void)
{
  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_assert_null (dorsal_choose_renderer ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");

  g_setenv ("GSK_RENDERER", "ngl", TRUE);
  g_assert_null (dorsal_choose_renderer ());
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "ngl");
  g_unsetenv ("GSK_RENDERER");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/renderer/choice", test_choice);
  g_test_add_func ("/renderer/person-wins", test_person_wins);

  return g_test_run ();
}
