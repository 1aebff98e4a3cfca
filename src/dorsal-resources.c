/* dorsal-resources.c: the bundled resources and where content files come from
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-resources.h"

/* from the generated dorsal-resources.c (built with --manual-register) */
void dorsal_register_resource (void);

/**
 * dorsal_resources_register:
 *
 * Registers the resources built into the binary. Safe to call more than once;
 * the static library has no constructor of its own, since a linker drops an
 * object nothing refers to.
 */
void
dorsal_resources_register (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      dorsal_register_resource ();
      g_once_init_leave (&done, 1);
    }
}

/**
 * dorsal_resource_file:
 * @path: a path below the app's resource prefix, such as "diagrams/lateral.svg"
 *
 * Returns: (transfer full): the bundled file
 */
GFile *
dorsal_resource_file (const char *path)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  dorsal_resources_register ();
  uri = g_strconcat ("resource://" RESOURCE_PREFIX "/", path, NULL);
  return g_file_new_for_uri (uri);
}

/**
 * dorsal_content_file:
 * @name: a content file name, such as "atlas.xml"
 *
 * Authors and tests point `DORSAL_CONTENT_DIR` at a folder to try an edited
 * file; a file missing there falls back to the bundled one, so a folder may
 * override just one file.
 *
 * Returns: (transfer full): the file to load
 */
GFile *
dorsal_content_file (const char *name)
{
  const char *dir = g_getenv ("DORSAL_CONTENT_DIR");
  g_autofree char *path = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  if (dir != NULL && *dir != '\0')
    {
      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        return g_file_new_for_path (path);
    }

  path = g_strconcat ("content/", name, NULL);
  return dorsal_resource_file (path);
}
