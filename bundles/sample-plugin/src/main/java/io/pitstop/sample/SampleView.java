package io.pitstop.sample;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The sample plugin's page: proof that a view can arrive and leave with its feature. */
public class SampleView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public SampleView() {
        setId("sample-view");
        H2 title = new H2(SampleTexts.TEXTS.get("sample.title"));
        title.setId("sample-title");
        add(title, new Paragraph(SampleTexts.TEXTS.get("sample.text")));
    }

    @Override
    public String getPageTitle() {
        return SampleTexts.TEXTS.get("sample.title");
    }
}
