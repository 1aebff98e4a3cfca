/* fuzz-svg-index.c: the scan of a drawing's ids and layers on arbitrary bytes
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"
#include "dorsal-svg-index.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalSvgIndex) index = dorsal_svg_index_new_from_bytes (bytes, "fuzz.svg", &error);

  g_assert ((index == NULL) != (error == NULL));
  if (index != NULL)
    {
      const char * const *ids = dorsal_svg_index_get_ids (index);

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        {
          g_assert (dorsal_svg_index_has_id (index, ids[i]));
          (void) dorsal_svg_index_get_layer (index, ids[i]);
          (void) dorsal_svg_index_is_interactive (index, ids[i]);
        }
    }
  return 0;
}
