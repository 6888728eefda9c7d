package com.atlassian.confluence.content.render.xhtml;

// Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html (9.3.2; parameter type of execute)
// No methods declared: the macro only passes it through.
public interface ConversionContext {
}
