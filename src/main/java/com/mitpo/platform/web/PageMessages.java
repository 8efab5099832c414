package com.mitpo.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The one way pages speak: page beans raise messages with OmniFaces'
 * {@code org.omnifaces.util.Messages} and pass a bundle key with its parameters, never a sentence;
 * this resolver, installed once at start, renders the key in the viewer's language
 * ({@link Messages#format}).
 */
@WebListener
public class PageMessages implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        org.omnifaces.util.Messages.setResolver((key, parameters) -> Messages.format(key, parameters));
    }
}
