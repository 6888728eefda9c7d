package com.atlassian.confluence.macro;

import java.util.Map;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;

// Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/9.3.2/com/atlassian/confluence/macro/Macro.html (9.3.2)
// Checked against: https://docs.atlassian.com/atlassian-confluence/5.6.2/com/atlassian/confluence/macro/Macro.BodyType.html (BodyType constants, 5.6.2)
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    enum OutputType {
        BLOCK,
        INLINE
    }
}
