/* fuzz-atlas.c: the atlas loader (schema, ids, links, search) on arbitrary bytes
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "dorsal-atlas.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *path = fuzz_write_input (data, size, ".xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
  g_autoptr(GError) error = NULL;

  if (dorsal_atlas_add_file (atlas, file, &error))
    {
      g_autoptr(GPtrArray) results = NULL;

      g_assert_no_error (error);
      if (!dorsal_atlas_check (atlas, &error))
        g_assert (error != NULL && error->message[0] != '\0');
      results = dorsal_atlas_search (atlas, "rib pain");
      g_assert (results != NULL);
    }
  else
    g_assert (error != NULL && error->message[0] != '\0');

  unlink (path);
  return 0;
}
