/* fuzz-main.c: runs a fuzz target over files and folders without libFuzzer, so every saved crash
 * and the seed corpus stay regression tests in the ordinary (gcc) build
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "fuzz-common.h"

static guint n_inputs;

static void
run_path (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert (dir != NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          run_path (child);
        }
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize len = 0;

      if (!g_file_get_contents (path, &contents, &len, NULL))
        return;
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, len);
      /* every prefix of a real file is a truncated file: a cheap, nasty input */
      for (gsize cut = 1; cut < len; cut += 1 + len / 16)
        LLVMFuzzerTestOneInput ((const uint8_t *) contents, cut);
      n_inputs++;
    }
}

int
main (int   argc,
      char *argv[])
{
  static const uint8_t nothing[1];

  LLVMFuzzerTestOneInput (nothing, 0);
  for (int i = 1; i < argc; i++)
    run_path (argv[i]);

  printf ("1..1\nok 1 - %u inputs and their truncations ran without a crash\n", n_inputs);
  return 0;
}
