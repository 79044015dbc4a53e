/*
 * A headless OpenGL context for MuJoCo's renderer: EGL on Mesa's surfaceless platform, no display
 * and no window. libEGL.so.1 is opened at run time (RTLD_GLOBAL, so that MuJoCo's GL loader finds
 * eglGetProcAddress), so that nothing here is needed to build smiling4j or to step a simulation.
 * EGL's types and constants are fixed by the Khronos EGL 1.5 ABI and spelled out here.
 */
#ifndef SMILING_EGL_H
#define SMILING_EGL_H

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

typedef void* smiling_egl_display;
typedef void* smiling_egl_config;
typedef void* smiling_egl_context;

enum {
    SMILING_EGL_NONE = 0x3038,
    SMILING_EGL_ALPHA_SIZE = 0x3021,
    SMILING_EGL_BLUE_SIZE = 0x3022,
    SMILING_EGL_GREEN_SIZE = 0x3023,
    SMILING_EGL_RED_SIZE = 0x3024,
    SMILING_EGL_DEPTH_SIZE = 0x3025,
    SMILING_EGL_STENCIL_SIZE = 0x3026,
    SMILING_EGL_SURFACE_TYPE = 0x3033,
    SMILING_EGL_RENDERABLE_TYPE = 0x3040,
    SMILING_EGL_PBUFFER_BIT = 0x0001,
    SMILING_EGL_OPENGL_BIT = 0x0008,
    SMILING_EGL_OPENGL_API = 0x30A2,
    SMILING_EGL_PLATFORM_SURFACELESS_MESA = 0x31DD
};

/* One context on its display, and the EGL entry points it needs. */
typedef struct smiling_egl smiling_egl;
struct smiling_egl {
    smiling_egl_display display;
    smiling_egl_context context;
    void* (*getPlatformDisplay)(unsigned int, void*, const long*);
    unsigned int (*initialize)(smiling_egl_display, int*, int*);
    unsigned int (*chooseConfig)(smiling_egl_display, const int*, smiling_egl_config*, int, int*);
    unsigned int (*bindApi)(unsigned int);
    smiling_egl_context (*createContext)(smiling_egl_display, smiling_egl_config, smiling_egl_context, const int*);
    unsigned int (*makeCurrent)(smiling_egl_display, void*, void*, smiling_egl_context);
    unsigned int (*destroyContext)(smiling_egl_display, smiling_egl_context);
    unsigned int (*terminate)(smiling_egl_display);
    int (*getError)(void);
};

static inline int smiling_egl_fail(char* error, int size, const char* what, int code) {
    snprintf(error, (size_t) size, code ? "%s (EGL error 0x%x)" : "%s", what, code);
    return 0;
}

/* Loads every entry point of the named library; 0 and a sentence in error if libEGL or one of them is missing. */
static inline int smiling_egl_load(struct smiling_egl* egl, const char* library, char* error, int size) {
    void* lib = dlopen(library, RTLD_NOW | RTLD_GLOBAL);
    if (!lib) {
        return smiling_egl_fail(error, size, dlerror(), 0);
    }
    *(void**) &egl->getPlatformDisplay = dlsym(lib, "eglGetPlatformDisplay");
    *(void**) &egl->initialize = dlsym(lib, "eglInitialize");
    *(void**) &egl->chooseConfig = dlsym(lib, "eglChooseConfig");
    *(void**) &egl->bindApi = dlsym(lib, "eglBindAPI");
    *(void**) &egl->createContext = dlsym(lib, "eglCreateContext");
    *(void**) &egl->makeCurrent = dlsym(lib, "eglMakeCurrent");
    *(void**) &egl->destroyContext = dlsym(lib, "eglDestroyContext");
    *(void**) &egl->terminate = dlsym(lib, "eglTerminate");
    *(void**) &egl->getError = dlsym(lib, "eglGetError");
    if (!egl->getPlatformDisplay || !egl->initialize || !egl->chooseConfig || !egl->bindApi || !egl->createContext
            || !egl->makeCurrent || !egl->destroyContext || !egl->terminate || !egl->getError) {
        return smiling_egl_fail(error, size, "libEGL.so.1 lacks an EGL 1.5 entry point", 0);
    }
    return 1;
}

/*
 * Creates an OpenGL context on Mesa's surfaceless display, with EGL from the named library (libEGL.so.1), and makes it current on this thread.
 * Returns NULL and writes one sentence into error if it cannot.
 */
static inline struct smiling_egl* smiling_egl_create(const char* library, char* error, int size) {
    struct smiling_egl* egl = (struct smiling_egl*) calloc(1, sizeof(struct smiling_egl));
    if (!egl) {
        smiling_egl_fail(error, size, "out of memory", 0);
        return NULL;
    }
    if (!smiling_egl_load(egl, library, error, size)) {
        free(egl);
        return NULL;
    }
    const char* failure = NULL;
    int major = 0, minor = 0, count = 0;
    smiling_egl_config config = NULL;
    const int attributes[] = {
        SMILING_EGL_RED_SIZE, 8, SMILING_EGL_GREEN_SIZE, 8, SMILING_EGL_BLUE_SIZE, 8, SMILING_EGL_ALPHA_SIZE, 8,
        SMILING_EGL_DEPTH_SIZE, 24, SMILING_EGL_STENCIL_SIZE, 8,
        SMILING_EGL_RENDERABLE_TYPE, SMILING_EGL_OPENGL_BIT, SMILING_EGL_SURFACE_TYPE, SMILING_EGL_PBUFFER_BIT,
        SMILING_EGL_NONE
    };
    egl->display = egl->getPlatformDisplay(SMILING_EGL_PLATFORM_SURFACELESS_MESA, NULL, NULL);
    if (!egl->display) {
        failure = "EGL has no surfaceless platform (Mesa's libegl-mesa0 provides it)";
    } else if (!egl->initialize(egl->display, &major, &minor)) {
        failure = "the surfaceless EGL display does not initialize (is libgl1-mesa-dri installed?)";
    } else if (!egl->chooseConfig(egl->display, attributes, &config, 1, &count) || count < 1) {
        failure = "EGL offers no 8-bit RGBA OpenGL configuration with depth and stencil";
    } else if (!egl->bindApi(SMILING_EGL_OPENGL_API)) {
        failure = "EGL does not offer desktop OpenGL";
    } else if (!(egl->context = egl->createContext(egl->display, config, NULL, NULL))) {
        failure = "EGL cannot create an OpenGL context";
    } else if (!egl->makeCurrent(egl->display, NULL, NULL, egl->context)) {
        failure = "EGL cannot make a context current without a surface";
    }
    if (failure) {
        smiling_egl_fail(error, size, failure, egl->getError());
        if (egl->context) {
            egl->destroyContext(egl->display, egl->context);
        }
        if (egl->display) {
            egl->terminate(egl->display);
        }
        free(egl);
        return NULL;
    }
    return egl;
}

/* Makes the context current on the calling thread; 0 on failure. */
static inline int smiling_egl_make_current(struct smiling_egl* egl) {
    return egl->makeCurrent(egl->display, NULL, NULL, egl->context) ? 1 : 0;
}

/* Releases the context from the calling thread, so that another thread may make it current. */
static inline void smiling_egl_release(struct smiling_egl* egl) {
    egl->makeCurrent(egl->display, NULL, NULL, NULL);
}

/* Destroys the context; the display stays initialized, as other contexts may share it. */
static inline void smiling_egl_destroy(struct smiling_egl* egl) {
    if (egl) {
        egl->makeCurrent(egl->display, NULL, NULL, NULL);
        egl->destroyContext(egl->display, egl->context);
        free(egl);
    }
}

#endif
