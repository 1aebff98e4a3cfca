/* bench-atlas.c: how long loading the bundled atlas and searching it take
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "dorsal-atlas.h"
#include "dorsal-resources.h"

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "shoulder blade pain", "breastbone", "slipped disc", "scapla",
    "pain between the shoulder blades",
    "compresion fracture", "T7", "rib", "numb legs", "heart attack",
  };
  const guint rounds = 20;
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = NULL;
  gint64 start;
  double load_ms, first_ms, search_ms;

  dorsal_resources_register ();

  start = g_get_monotonic_time ();
  atlas = dorsal_atlas_load_default (&error);
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (atlas == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* the first search builds the index */
  start = g_get_monotonic_time ();
  g_ptr_array_unref (dorsal_atlas_search (atlas, "spine"));
  first_ms = (g_get_monotonic_time () - start) / 1000.0;

  start = g_get_monotonic_time ();
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
      g_ptr_array_unref (dorsal_atlas_search (atlas, queries[i]));
  search_ms = (g_get_monotonic_time () - start) / 1000.0 / (rounds * G_N_ELEMENTS (queries));

  printf ("bench: atlas-topics %u\n", dorsal_atlas_get_n_topics (atlas));
  printf ("bench: atlas-load-ms %.2f\n", load_ms);
  printf ("bench: atlas-first-search-ms %.2f\n", first_ms);
  printf ("bench: atlas-search-ms %.3f\n", search_ms);
  return 0;
}
